<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../../action_planner/ui/about.py" line="+21"/>
        <source>About Action Planner</source>
        <translation>Informazioni su Action Planner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action Planner %1</source>
        <translation>Action Planner %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Regional action plans for SME internationalisation, offline.</source>
        <translation>Piani d&apos;azione regionali per l&apos;internazionalizzazione delle PMI, anche offline.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If something goes wrong, the details are written to this log file; send it along:</source>
        <translation>Se qualcosa va storto, i dettagli vengono scritti in questo file di log; allegalo alla segnalazione:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log file</source>
        <translation>File di log</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Log &amp;Folder</source>
        <translation>Apri &amp;cartella del log</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>ActionCommands</name>
    <message>
        <location filename="../../../action_planner/ui/commands/actions.py" line="+41"/>
        <source>Add action</source>
        <translation>Aggiungi azione</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add action from catalogue</source>
        <translation>Aggiungi azione dal catalogo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duplicate action</source>
        <translation>Duplica azione</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Change players</source>
        <translation>Modifica soggetti coinvolti</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Move action</source>
        <translation>Sposta azione</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete action</source>
        <translation>Elimina azione</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/action_editor.py" line="+41"/>
        <source>Change title</source>
        <translation>Modifica titolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change theme</source>
        <translation>Modifica tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change status</source>
        <translation>Modifica stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change priority</source>
        <translation>Modifica priorità</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Change timeframe</source>
        <translation>Modifica tempistica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change pilot flag</source>
        <translation>Modifica indicazione di azione pilota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change impact score</source>
        <translation>Modifica punteggio d&apos;impatto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change effort score</source>
        <translation>Modifica punteggio di sforzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change background</source>
        <translation>Modifica contesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change description</source>
        <translation>Modifica descrizione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change notes</source>
        <translation>Modifica note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Details</source>
        <translation>&amp;Dettagli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner and players</source>
        <translation>So&amp;ggetti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;KPIs</source>
        <translation>&amp;KPI</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+117"/>
        <source>Review comments</source>
        <translation>Commenti di revisione</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Worth a look</source>
        <translation>Da verificare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tit&amp;le:</source>
        <translation>Tito&amp;lo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The&amp;me:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priorit&amp;y:</source>
        <translation>P&amp;riorità:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sta&amp;rt:</source>
        <translation>Ini&amp;zio:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;nd:</source>
        <translation>Fin&amp;e:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pilot action (phase 2):</source>
        <translation>Azione pilota (fase 2):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Impact (1–5):</source>
        <translation>&amp;Impatto (1–5):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effor&amp;t (1–5):</source>
        <translation>Sf&amp;orzo (1–5):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back&amp;ground (how the project led to it):</source>
        <translation>&amp;Contesto (come il progetto vi ha portato):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ction (what will be done):</source>
        <translation>Azione (c&amp;he cosa si farà):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note&amp;s:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Review comments (%1)</source>
        <translation>Commenti di revisione (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change owner</source>
        <translation>Modifica responsabile</translation>
    </message>
</context>
<context>
    <name>ActionSlide</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/slide_action.py" line="+35"/>
        <source>Budget by funding source</source>
        <translation>Budget per fonte di finanziamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicators: baseline → target</source>
        <translation>Indicatori: valore di base → obiettivo</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>ACTION %1 OF %2</source>
        <translation>AZIONE %1 DI %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeframe</source>
        <translation>Tempistica</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No indicators yet</source>
        <translation>Ancora nessun indicatore</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Votes %1</source>
        <translation>Voti %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No decision yet</source>
        <translation>Ancora nessuna decisione</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../../action_planner/ui/action_columns.py" line="+48"/>
        <source>No.</source>
        <extracomment>Columns of figures, aligned right. The column headers in English, in column order (marked here for lupdate, translated by :func:`headers`).</extracomment>
        <translation>N.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeframe</source>
        <translation>Tempistica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/actions_panel.py" line="+38"/>
        <source>Filter actions by title, theme, owner or status</source>
        <translation>Filtra le azioni per titolo, tema, responsabile o stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter actions</source>
        <translation>Filtra azioni</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions of the plan</source>
        <translation>Azioni del piano</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;New Action…</source>
        <translation>&amp;Nuova azione…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dupli&amp;cate Action</source>
        <translation>&amp;Duplica azione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Action…</source>
        <translation>&amp;Elimina azione…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move Action &amp;Up</source>
        <translation>Sposta azione in &amp;alto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move Action Do&amp;wn</source>
        <translation>Sposta azione in &amp;basso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filter Actions</source>
        <translation>&amp;Filtra azioni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Action</source>
        <translation>&amp;Modifica azione</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Go to the actions</source>
        <translation>Vai alle azioni</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Select a plan under Regions and Plans, or add one (Plan ▸ Add Plan…, Ctrl+Shift+P).</source>
        <translation>Seleziona un piano in Regioni e piani, oppure aggiungine uno (Piano ▸ Aggiungi piano…, Ctrl+Shift+P).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No actions yet. Pick an intervention in the Catalogue (F7) and press Enter, or write your own (Action ▸ New Action…, Ctrl+Shift+N).</source>
        <translation>Ancora nessuna azione. Scegli un intervento nel Catalogo (F7) e premi Invio, oppure scrivine una tu (Azione ▸ Nuova azione…, Ctrl+Shift+N).</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>Add %n action(s) from catalogue</source>
        <translation>
            <numerusform>Aggiungi %n azione dal catalogo</numerusform>
            <numerusform>Aggiungi %n azioni dal catalogo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New action</source>
        <translation>Nuova azione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action &amp;title:</source>
        <translation>&amp;Titolo dell&apos;azione:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete action %1, “%2”, with its budget and KPIs? Edit ▸ Undo brings it back.</source>
        <translation>Eliminare l&apos;azione %1, “%2”, con il suo budget e i suoi KPI? Modifica ▸ Annulla la ripristina.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Delete action</source>
        <translation>Elimina azione</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>To reorder by dragging, sort by No. and clear the filter (or use Ctrl+Shift+Up/Down).</source>
        <translation>Per riordinare trascinando, ordina per N. e svuota il filtro (oppure usa Ctrl+Shift+Su/Giù).</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <location filename="../../../action_planner/ui/advice.py" line="+12"/>
        <source>No owner yet: who leads this action? (Owner and players)</source>
        <translation>Ancora nessun responsabile: chi guida questa azione? (Soggetti)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No KPI yet: how will progress be measured? (KPIs)</source>
        <translation>Ancora nessun KPI: come verranno misurati i progressi? (KPI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The KPI “%1” has no target yet.</source>
        <translation>Il KPI “%1” non ha ancora un obiettivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget line %1 is for %2, before the action starts (%3).</source>
        <translation>La voce di budget %1 riguarda il %2, prima dell&apos;inizio dell&apos;azione (%3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget line %1 is for %2, after the action ends (%3).</source>
        <translation>La voce di budget %1 riguarda il %2, dopo la fine dell&apos;azione (%3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../../action_planner/ui/controller.py" line="+115"/>
        <source>Cannot open workspace</source>
        <extracomment>Asks whether to open a workspace another window writes read-only (tests answer without a dialog).</extracomment>
        <translation>Impossibile aprire l&apos;area di lavoro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open workspace</source>
        <translation>Apri area di lavoro</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+28"/>
        <source>Action plans (*.actionplan)</source>
        <translation>Piani d&apos;azione (*.actionplan)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Write the address as postgresql://user@server/database.</source>
        <translation>Scrivi l&apos;indirizzo nella forma postgresql://utente@server/database.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connect to Team Workspace</source>
        <translation>Connetti all&apos;area di lavoro del team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database address (the password comes from ~/.pgpass):</source>
        <translation>Indirizzo del &amp;database (la password viene letta da ~/.pgpass):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New workspace</source>
        <translation>Nuova area di lavoro</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create workspace</source>
        <translation>Impossibile creare l&apos;area di lavoro</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Building the demo workspace…</source>
        <translation>Creazione dell&apos;area di lavoro demo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot build the demo</source>
        <translation>Impossibile creare la demo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspace in use</source>
        <translation>Area di lavoro in uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Read-Only</source>
        <translation>Apri in sola &amp;lettura</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot show workspace</source>
        <translation>Impossibile mostrare l&apos;area di lavoro</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/board_model.py" line="+30"/>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number in the plan</source>
        <translation>Numero nel piano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes for</source>
        <translation>Voti a favore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes against</source>
        <translation>Voti contrari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes for minus votes against</source>
        <translation>Voti a favore meno voti contrari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest decision</source>
        <translation>Ultima decisione</translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/board.py" line="+89"/>
        <source>Actions ranked by net votes</source>
        <translation>Azioni in ordine di saldo dei voti</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vote +</source>
        <translation>Voto +</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One more vote for the selected action (+)</source>
        <translation>Un voto in più a favore dell&apos;azione selezionata (+)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vote −</source>
        <translation>Voto −</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One more vote against the selected action (−)</source>
        <translation>Un voto in più contro l&apos;azione selezionata (−)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide…</source>
        <translation>Decidi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a decision on the selected action (Enter)</source>
        <translation>Registra una decisione sull&apos;azione selezionata (Invio)</translation>
    </message>
</context>
<context>
    <name>BoardSlide</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/slide_board.py" line="+166"/>
        <source>Impact and effort, and the votes</source>
        <translation>Impatto, sforzo e voti</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ranking by votes</source>
        <translation>Classifica per voti</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PRIORITISATION</source>
        <translation>PRIORITÀ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not on the board yet: %1</source>
        <translation>Non ancora sul tabellone: %1</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/board.py" line="-60"/>
        <source>Prioritisation board: impact by effort</source>
        <translation>Tabellone delle priorità: impatto per sforzo</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/totals.py" line="+55"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Funding source</source>
        <translation>Fonte di finanziamento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Plan</source>
        <translation>Piano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting</source>
        <translation>Rendicontazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Quota</translation>
    </message>
</context>
<context>
    <name>BudgetCommands</name>
    <message>
        <location filename="../../../action_planner/ui/commands/budget.py" line="+19"/>
        <source>Add budget line</source>
        <translation>Aggiungi voce di budget</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Change budget</source>
        <translation>Modifica budget</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete budget line</source>
        <translation>Elimina voce di budget</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change reporting currency</source>
        <translation>Modifica valuta di rendicontazione</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/budget_editor.py" line="+47"/>
        <source>Budget lines</source>
        <translation>Voci di budget</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add &amp;line</source>
        <translation>Agg&amp;iungi voce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move line</source>
        <translation>&amp;Rimuovi voce</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action total</source>
        <translation>Totale dell&apos;azione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget problems</source>
        <translation>Problemi del budget</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worth a look</source>
        <translation>Da verificare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove budget line</source>
        <translation>Rimuovi voce di budget</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Action total: %1</source>
        <translation>Totale dell&apos;azione: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Line %1, %2: %3</source>
        <translation>Voce %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>BudgetLinesModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/lines.py" line="+35"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding source</source>
        <translation>Fonte di finanziamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>BudgetSlide</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/slide_budget.py" line="+27"/>
        <source>Budget by theme and by funding source</source>
        <translation>Budget per tema e per fonte di finanziamento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>By theme</source>
        <translation>Per tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By funding source</source>
        <translation>Per fonte di finanziamento</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>BUDGET</source>
        <translation>BUDGET</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total %1</source>
        <translation>Totale %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 in the reporting currency</source>
        <translation>%1 nella valuta di rendicontazione</translation>
    </message>
</context>
<context>
    <name>CatalogueBrowser</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/catalogue_browser.py" line="+48"/>
        <location line="+1"/>
        <source>Search the catalogue</source>
        <translation>Cerca nel catalogo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme filter</source>
        <translation>Filtro per tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All themes</source>
        <translation>Tutti i temi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catalogue interventions</source>
        <translation>Interventi del catalogo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Intervention details</source>
        <translation>Dettagli dell&apos;intervento</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>Add to Plan</source>
        <translation>Aggiungi al piano</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Add the selected intervention as a new action (or drag it onto the table)</source>
        <translation>Aggiungi l&apos;intervento selezionato come nuova azione (oppure trascinalo sulla tabella)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New…</source>
        <translation>Nuovo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an intervention to the catalogue</source>
        <translation>Aggiungi un intervento al catalogo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected intervention (or double-click it)</source>
        <translation>Modifica l&apos;intervento selezionato (oppure fai doppio clic)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected intervention from the catalogue (undoable)</source>
        <translation>Rimuovi l&apos;intervento selezionato dal catalogo (annullabile)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+75"/>
        <source>Delete Intervention</source>
        <translation>Elimina intervento</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Go to the interventions</source>
        <translation>Vai agli interventi</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>No intervention matches the search.</source>
        <translation>Nessun intervento corrisponde alla ricerca.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Typical duration:</source>
        <translation>Durata tipica:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Typical cost:</source>
        <translation>Costo tipico:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost facts:</source>
        <translation>Riferimenti sui costi:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested KPIs:</source>
        <translation>KPI suggeriti:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1–%n month(s)</source>
        <comment>a typical duration from %1 to %n months</comment>
        <translation>
            <numerusform>%1–%n mese</numerusform>
            <numerusform>%1–%n mesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mese</numerusform>
            <numerusform>%n mesi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueCommands</name>
    <message>
        <location filename="../../../action_planner/ui/commands/catalogue.py" line="+75"/>
        <source>Add intervention</source>
        <translation>Aggiungi intervento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change intervention</source>
        <translation>Modifica intervento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete intervention</source>
        <translation>Elimina intervento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The intervention %1 is no longer in the catalogue.</source>
        <translation>L&apos;intervento %1 non è più nel catalogo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add indicator</source>
        <translation>Aggiungi indicatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change indicator</source>
        <translation>Cambia indicatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete indicator</source>
        <translation>Elimina indicatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The indicator %1 is no longer in the library.</source>
        <translation>L&apos;indicatore %1 non è più nella libreria.</translation>
    </message>
</context>
<context>
    <name>CatalogueFiles</name>
    <message>
        <location filename="../../../action_planner/ui/catalogue_files.py" line="+32"/>
        <source>Catalogue files (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>File del catalogo (*.csv *.xlsx);;File CSV (*.csv);;Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Catalogue</source>
        <translation>Esporta catalogo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the catalogue to “%1”…</source>
        <translation>Scrittura del catalogo in “%1”…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalogue was written to “%1”.</source>
        <translation>Il catalogo è stato scritto in “%1”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Import Catalogue</source>
        <translation>Importa catalogo</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Import “%1”?

Importing adds or updates entries by code; it cannot be undone.</source>
        <translation>Importare “%1”?

L&apos;importazione aggiunge o aggiorna le voci in base al codice; non si può annullare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing “%1”…</source>
        <translation>Importazione di “%1”…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The catalogue was imported.</source>
        <translation>Il catalogo è stato importato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interventions: %1 added, %2 updated.</source>
        <translation>Interventi: %1 aggiunti, %2 aggiornati.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicators: %1 added, %2 updated.</source>
        <translation>Indicatori: %1 aggiunti, %2 aggiornati.</translation>
    </message>
</context>
<context>
    <name>ChangesSlide</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/slide_logs.py" line="+71"/>
        <source>Changes since the workshop started</source>
        <translation>Modifiche dall&apos;inizio del workshop</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>NO WORKSHOP RUNNING</source>
        <translation>NESSUN WORKSHOP IN CORSO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a workshop (Workshop ▸ Start Workshop) to follow what the room changes.</source>
        <translation>Avvia un workshop (Workshop ▸ Avvia workshop) per seguire le modifiche fatte in sala.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SINCE %1</source>
        <translation>DA %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has changed yet.</source>
        <translation>Ancora nessuna modifica.</translation>
    </message>
</context>
<context>
    <name>CommentsModel</name>
    <message>
        <location filename="../../../action_planner/ui/review/comments.py" line="+41"/>
        <source>%1, %2:</source>
        <translation>%1, %2:</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location line="+15"/>
        <source>Review comments</source>
        <translation>Commenti di revisione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No partner has commented on this action yet. Use File ▸ Send for Review…</source>
        <translation>Nessun partner ha ancora commentato questa azione. Usa File ▸ Invia per la revisione…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../../action_planner/ui/conflict_dialog.py" line="+54"/>
        <source>Changed by another planner</source>
        <translation>Modificato da un altro pianificatore</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another planner changed %1 while you were editing it. Nothing was saved yet: choose what to keep.</source>
        <translation>Un altro pianificatore ha modificato %1 mentre lo stavi modificando. Non è stato ancora salvato nulla: scegli cosa tenere.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When you started</source>
        <translation>Quando hai iniziato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs (saved now)</source>
        <translation>Loro (salvata ora)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>Tua</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mer&amp;ged text (edit it, then Save Merged):</source>
        <translation>Testo &amp;unito (modificalo, poi Salva unione):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep &amp;Theirs</source>
        <translation>Tieni la &amp;loro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep &amp;Mine</source>
        <translation>Tieni la &amp;mia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save Merged</source>
        <translation>&amp;Salva unione</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>That row no longer exists (another planner deleted it).</source>
        <translation>Quella riga non esiste più (l&apos;ha eliminata un altro pianificatore).</translation>
    </message>
</context>
<context>
    <name>ContinueDialog</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/session.py" line="+20"/>
        <source>A workshop on this plan has been running since %1. Continue it, or start a new one?</source>
        <translation>Su questo piano è in corso un workshop da %1. Vuoi continuarlo o avviarne uno nuovo?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start workshop</source>
        <translation>Avvia workshop</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;New</source>
        <translation>&amp;Nuovo workshop</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/inputs.py" line="+81"/>
        <source>e.g. %1 or %2</source>
        <extracomment>Where an empty field&apos;s calendar opens (asked when it opens: the action&apos;s or the plan&apos;s period).</extracomment>
        <translation>es. %1 o %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Scegli da un calendario (Alt+Giù)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is not a date: type it as %2 or %3.</source>
        <translation>“%1” non è una data: scrivila come %2 o %3.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/decisions.py" line="+37"/>
        <source>Record a decision</source>
        <extracomment>Called with the decision and the note when the facilitator presses Record.</extracomment>
        <translation>Registra una decisione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action %1: %2</source>
        <translation>Azione %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Note (who, what was agreed, what is still open):</source>
        <translation>&amp;Nota (chi, cosa si è concordato, cosa resta aperto):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision note</source>
        <translation>Nota sulla decisione</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Record</source>
        <translation>&amp;Registra</translation>
    </message>
</context>
<context>
    <name>DecisionsSlide</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/slide_logs.py" line="-63"/>
        <source>Decisions</source>
        <translation>Decisioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No decisions recorded yet.</source>
        <translation>Ancora nessuna decisione registrata.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>DECISIONS LOG · %n RECORDED</source>
        <translation>
            <numerusform>REGISTRO DELLE DECISIONI · %n REGISTRATA</numerusform>
            <numerusform>REGISTRO DELLE DECISIONI · %n REGISTRATE</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../../action_planner/ui/document.py" line="+136"/>
        <source>Write the address as postgresql://user@server/database.</source>
        <extracomment>How often a read-only window looks whether the writer committed (ms). What a refresh after another program&apos;s commit reports when it cannot say what changed. How often a team workspace&apos;s window looks for other planners&apos; commits (ms): &quot;within a second&quot;. Emitted once the writer of a read-only window committed, after the views were told to refresh. Emitted once when the file was deleted, moved or replaced while open (the reason): nothing more is written to it, and the window offers to save what it shows as a new file. Emitted when a team workspace&apos;s server stops or starts being reachable (True once it is back, after the views read everything again). The workspace&apos;s funding sources, read again (before any view refreshes) when the list changes.</extracomment>
        <translation>Scrivi l&apos;indirizzo nella forma postgresql://utente@server/database.</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../../action_planner/ui/entry_editor.py" line="+59"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>ExportDoneDialog</name>
    <message>
        <location filename="../../../action_planner/ui/export_runner.py" line="+33"/>
        <source>The export was saved as
%1</source>
        <extracomment>Formats offered in the menu before the exporters are loaded (they import heavy libraries).</extracomment>
        <translation>L&apos;esportazione è stata salvata come
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export finished</source>
        <translation>Esportazione completata</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <location line="+26"/>
        <source>Export as Word document</source>
        <translation>Esporta come documento Word</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word document (*.docx)</source>
        <translation>Documento Word (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as Excel workbook</source>
        <translation>Esporta come cartella di lavoro Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as PDF document</source>
        <translation>Esporta come documento PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Exporting to %1…</source>
        <translation>Esportazione in %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
</context>
<context>
    <name>FormBinder</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/forms.py" line="+106"/>
        <source>not scored</source>
        <extracomment>``commit({field: value})`` stores the values and returns the refusals (field -&gt; message), empty if stored.</extracomment>
        <translation>senza punteggio</translation>
    </message>
</context>
<context>
    <name>FundingSourceCommands</name>
    <message>
        <location filename="../../../action_planner/ui/commands/funding.py" line="+19"/>
        <source>Add funding source</source>
        <translation>Aggiungi fonte di finanziamento</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rename funding source</source>
        <translation>Rinomina fonte di finanziamento</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move funding source</source>
        <translation>Sposta fonte di finanziamento</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove funding source</source>
        <translation>Rimuovi fonte di finanziamento</translation>
    </message>
</context>
<context>
    <name>FundingSourcesDialog</name>
    <message>
        <location filename="../../../action_planner/ui/funding_dialog.py" line="+43"/>
        <source>Funding Sources</source>
        <translation>Fonti di finanziamento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Budget lines choose their funding source from this list. The built-in sources are shown in your language; a source that a budget line names cannot be removed.</source>
        <translation>Le voci di budget scelgono la fonte di finanziamento da questo elenco. Le fonti predefinite sono mostrate nella tua lingua; una fonte indicata in una voce di budget non può essere rimossa.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Funding source problem</source>
        <translation>Problema con la fonte di finanziamento</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Funding sources</source>
        <translation>Fonti di finanziamento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove Funding Source</source>
        <translation>Rimuovi fonte di finanziamento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. UK Shared Prosperity Fund</source>
        <translation>es. Fondo per lo Sviluppo e la Coesione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename</source>
        <translation>&amp;Rinomina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;Up</source>
        <translation>Sposta &amp;su</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;Down</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move</source>
        <translation>Ri&amp;muovi</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
</context>
<context>
    <name>FundingSourcesModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/funding.py" line="+30"/>
        <source>Funding source</source>
        <translation>Fonte di finanziamento</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Built in (shown in your language)</source>
        <translation>Predefinita (mostrata nella tua lingua)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added here</source>
        <translation>Aggiunta qui</translation>
    </message>
</context>
<context>
    <name>GlanceView</name>
    <message>
        <location filename="../../../action_planner/ui/glance_view.py" line="+42"/>
        <source>Regions and plans</source>
        <extracomment>The work waits at most this long for the first paint (a window shown minimised may never paint).</extracomment>
        <translation>Regioni e piani</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Actions of the plan</source>
        <translation>Azioni del piano</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Regions and Plans</source>
        <translation>Regioni e piani</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <location filename="../../../action_planner/ui/indicator_editor.py" line="+27"/>
        <source>New Indicator</source>
        <translation>Nuovo indicatore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Indicator</source>
        <translation>Modifica indicatore</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An indicator with this code is already in the library.</source>
        <translation>Nella libreria esiste già un indicatore con questo codice.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. EXP-01</source>
        <translation>es. EXP-01</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. enterprises</source>
        <translation>es. imprese</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Interreg Europe programme indicator</source>
        <translation>es. indicatore del programma Interreg Europe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code:</source>
        <translation>&amp;Codice:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unità:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sou&amp;rce:</source>
        <translation>&amp;Fonte:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
</context>
<context>
    <name>IndicatorPickerDialog</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/indicator_picker.py" line="+53"/>
        <source>&amp;Search the indicator library:</source>
        <translation>&amp;Cerca nella libreria degli indicatori:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search indicators</source>
        <translation>Cerca indicatori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. RCO02, exporters, enterprises</source>
        <translation>es. RCO02, esportatori, imprese</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Matching indicators</source>
        <translation>Indicatori trovati</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;New…</source>
        <translation>&amp;Nuovo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Choose an indicator from the list.</source>
        <translation>Scegli un indicatore dall&apos;elenco.</translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/catalogue.py" line="+89"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>InterventionEditor</name>
    <message>
        <location filename="../../../action_planner/ui/catalogue_editor.py" line="+47"/>
        <source>New Intervention</source>
        <translation>Nuovo intervento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Intervention</source>
        <translation>Modifica intervento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An intervention with this code is already in the catalogue.</source>
        <translation>Nel catalogo esiste già un intervento con questo codice.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. INT-21</source>
        <translation>es. INT-21</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>from</source>
        <translation>da</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <location line="+10"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>lowest</source>
        <translation>minimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>highest</source>
        <translation>massimo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. RCO01; RCO04</source>
        <translation>es. RCO01; RCO04</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Code:</source>
        <translation>&amp;Codice:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uration (months):</source>
        <translation>D&amp;urata (mesi):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortest duration in months</source>
        <translation>Durata minima in mesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest duration in months</source>
        <translation>Durata massima in mesi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Typical c&amp;ost:</source>
        <translation>C&amp;osto tipico:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lowest typical cost</source>
        <translation>Costo tipico minimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest typical cost</source>
        <translation>Costo tipico massimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost currency</source>
        <translation>Valuta del costo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost &amp;facts:</source>
        <translation>&amp;Riferimenti sui costi:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost facts</source>
        <translation>Riferimenti sui costi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sou&amp;rce:</source>
        <translation>&amp;Fonte:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested &amp;indicators:</source>
        <translation>&amp;Indicatori suggeriti:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested indicators</source>
        <translation>Indicatori suggeriti</translation>
    </message>
</context>
<context>
    <name>InterventionsModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/catalogue.py" line="-63"/>
        <source>Intervention</source>
        <translation>Intervento</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../../action_planner/ui/jobs.py" line="+149"/>
        <source>Another job is still running; start this one when it has finished.</source>
        <translation>Un&apos;altra operazione è ancora in corso; avvia questa quando sarà terminata.</translation>
    </message>
</context>
<context>
    <name>KpiCommands</name>
    <message>
        <location filename="../../../action_planner/ui/commands/kpis.py" line="+22"/>
        <source>Add KPI</source>
        <translation>Aggiungi KPI</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change KPI</source>
        <translation>Modifica KPI</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete KPI</source>
        <translation>Elimina KPI</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Correct KPI value</source>
        <translation>Correggi valore del KPI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record KPI value</source>
        <translation>Registra valore del KPI</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove KPI value</source>
        <translation>Rimuovi valore del KPI</translation>
    </message>
</context>
<context>
    <name>KpiEditor</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/kpi_editor.py" line="+45"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add KP&amp;I…</source>
        <translation>&amp;Nuovo KPI…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change indicator…</source>
        <translation>&amp;Cambia indicatore…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move KPI</source>
        <translation>&amp;Rimuovi KPI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KPI problems</source>
        <translation>Problemi dei KPI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove KPI</source>
        <translation>Rimuovi KPI</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Values measured for the selected KPI</source>
        <translation>Valori misurati per il KPI selezionato</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Record value…</source>
        <translation>R&amp;egistra valore…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove va&amp;lue</source>
        <translation>Rimuovi va&amp;lore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove value</source>
        <translation>Rimuovi valore</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Values measured for “%1”:</source>
        <translation>Valori misurati per “%1”:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Values measured:</source>
        <translation>Valori misurati:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The KPI is no longer there (it may have been removed).</source>
        <translation>Il KPI non esiste più (potrebbe essere stato rimosso).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>KPI %1, %2: %3</source>
        <translation>KPI %1, %2: %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add KPI</source>
        <translation>Aggiungi KPI</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change indicator</source>
        <translation>Cambia indicatore</translation>
    </message>
</context>
<context>
    <name>KpisModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/lines.py" line="+35"/>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Valore di base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>Data obiettivo</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../../action_planner/model/enums.py" line="+30"/>
        <source>Investment for Growth and Jobs programme</source>
        <translation>Programma Investimenti per la crescita e l&apos;occupazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>European Territorial Cooperation programme</source>
        <translation>Programma di Cooperazione territoriale europea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other regional development policy instrument</source>
        <translation>Altro strumento di politica di sviluppo regionale</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>In revisione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endorsed</source>
        <translation>Approvato</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delayed</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ERDF / Interreg</source>
        <translation>FESR / Interreg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National</source>
        <translation>Nazionale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional</source>
        <translation>Regionale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipal</source>
        <translation>Comunale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>Privato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Agreed</source>
        <translation>Approvata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To revisit</source>
        <translation>Da rivedere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parked</source>
        <translation>Sospesa</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Output</source>
        <translation>Realizzazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../action_planner/ui/main_window.py" line="+117"/>
        <location line="+50"/>
        <source>%1 — Action Planner</source>
        <extracomment>The share of the window&apos;s width the centre (actions, plan details) keeps however wide the saved docks were. File ▸ Connect to Team Workspace… (the controller asks for the server&apos;s address).</extracomment>
        <translation>%1 — Action Planner</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Opening %1…</source>
        <translation>Apertura di %1…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan details</source>
        <translation>Dettagli del piano</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regions and Plans</source>
        <translation>Regioni e piani</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Totals</source>
        <translation>Totali</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalogue</source>
        <translation>Catalogo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved state</source>
        <translation>Stato del salvataggio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All changes saved</source>
        <translation>Tutte le modifiche salvate</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (read-only) — Action Planner</source>
        <translation>%1 (sola lettura) — Action Planner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>Sola lettura</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read-only: another window or program is writing to this workspace. Its changes appear here as they are saved.</source>
        <translation>Sola lettura: un&apos;altra finestra o un altro programma sta scrivendo in questa area di lavoro. Le sue modifiche compaiono qui man mano che vengono salvate.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (no longer on disk) — Action Planner</source>
        <translation>%1 (non più su disco) — Action Planner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As…</source>
        <translation>Salva con nome…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workspace file gone</source>
        <translation>File dell&apos;area di lavoro scomparso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace file is gone; use Save As to keep these plans.</source>
        <translation>Il file dell&apos;area di lavoro non c&apos;è più; usa Salva con nome per conservare questi piani.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: the file is gone</source>
        <translation>Non salvato: il file non c&apos;è più</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Connected to the server again; the plans show its latest state.</source>
        <translation>Di nuovo connesso al server; i piani mostrano il suo stato più recente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Server unreachable</source>
        <translation>Server non raggiungibile</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The server cannot be reached. The window keeps what it shows and tries again every second; edits are refused until it is back, and nothing is reported as saved that the server did not store.</source>
        <translation>Il server non è raggiungibile. La finestra mantiene ciò che mostra e riprova ogni secondo; le modifiche sono rifiutate finché il server non torna disponibile e nulla viene indicato come salvato se il server non lo ha registrato.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This plan holds a damaged value; choose another plan.</source>
        <translation>Questo piano contiene un valore danneggiato; scegli un altro piano.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Damaged value</source>
        <translation>Valore danneggiato</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Save a copy as</source>
        <translation>Salva una copia come</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action plans (*.actionplan)</source>
        <translation>Piani d&apos;azione (*.actionplan)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save As</source>
        <translation>Salva con nome</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved a copy as %1</source>
        <translation>Copia salvata come %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Uploaded to %1</source>
        <translation>Caricato in %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upload to Team Workspace</source>
        <translation>Carica nell&apos;area di lavoro del team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Empty database to copy every plan into (postgresql://user@server/database):</source>
        <translation>Database &amp;vuoto in cui copiare tutti i piani (postgresql://utente@server/database):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a plan to export first.</source>
        <translation>Prima seleziona un piano da esportare.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Indicator Library</source>
        <translation>Libreria degli indicatori</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/measure_dialog.py" line="+27"/>
        <source>Correct KPI Value</source>
        <extracomment>``store(measured_on, value typed, note)`` returns None when recorded, else why not.</extracomment>
        <translation>Correggi valore del KPI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record KPI Value</source>
        <translation>Registra valore del KPI</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 12 or %1</source>
        <translation>es. 12 o %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source or remark (optional)</source>
        <translation>fonte o osservazione (facoltativa)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Measured on:</source>
        <translation>&amp;Misurato il:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Value (%1):</source>
        <translation>&amp;Valore (%1):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Value:</source>
        <translation>&amp;Valore:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type the date the value was measured on.</source>
        <translation>Indica la data in cui è stato misurato il valore.</translation>
    </message>
</context>
<context>
    <name>MeasuredModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/lines.py" line="+66"/>
        <source>Measured on</source>
        <translation>Misurato il</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <location filename="../../../action_planner/model/catalogue.py" line="+93"/>
        <source>“%1” may only hold letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <extracomment>Columns of a catalogue file, in order (CSV header and XLSX sheet headers). Separator of indicator codes inside the ``suggested_indicators`` column.</extracomment>
        <translation>“%1” può contenere solo lettere, cifre, &apos;-&apos;, &apos;_&apos; e &apos;.&apos;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a whole number of months.</source>
        <translation>“%1” non è un numero intero di mesi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A duration is between 1 and 240 months.</source>
        <translation>La durata va da 1 a 240 mesi.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../../action_planner/model/services/base.py" line="+105"/>
        <source>“%1” is not a theme (choose one of: %2).</source>
        <translation>“%1” non è un tema (scegli tra: %2).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>List indicator codes separated by semicolons, e.g. %1.</source>
        <translation>Elenca i codici degli indicatori separati da punto e virgola, per esempio %1.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The highest typical cost is below the lowest.</source>
        <translation>Il costo tipico massimo è inferiore a quello minimo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The longest duration is shorter than the shortest.</source>
        <translation>La durata massima è inferiore a quella minima.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>“%1” is not a theme.</source>
        <extracomment>Rows per INSERT ... RETURNING of new interventions (each an executemany of SQLite&apos;s multi-row VALUES).</extracomment>
        <translation>“%1” non è un tema.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Not in the indicator library: %1. Add them first.</source>
        <translation>
            <numerusform>Non è nella libreria degli indicatori: %1. Aggiungilo prima.</numerusform>
            <numerusform>Non sono nella libreria degli indicatori: %1. Aggiungili prima.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/errors.py" line="+57"/>
        <source>Cannot open “%1”: %2</source>
        <translation>Impossibile aprire “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>“%1” holds %n damaged value(s) that cannot be read:</source>
        <translation>
            <numerusform>“%1” contiene %n valore danneggiato che non si può leggere:</numerusform>
            <numerusform>“%1” contiene %n valori danneggiati che non si possono leggere:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed, and the rest of the workspace can still be used; correct the value with a copy of the file from before it was damaged.</source>
        <translation>Non è stato modificato nulla e il resto dell&apos;area di lavoro si può ancora usare; correggi il valore con una copia del file precedente al danno.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nothing was saved to “%1”: %2</source>
        <extracomment>The window&apos;s sentences: the heading, each damaged value on its own line, then what to do.</extracomment>
        <translation>Non è stato salvato nulla in “%1”: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>it is already open for writing %1. Open it read-only, or close it there first.</source>
        <translation>è già aperto in scrittura %1. Aprilo in sola lettura oppure chiudilo prima lì.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Another planner changed %1 (%2) since this window showed it; nothing was saved.</source>
        <translation>Un altro pianificatore ha modificato %1 (%2) dopo che questa finestra lo ha mostrato; non è stato salvato nulla.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/fileformat.py" line="+34"/>
        <source>the path leads nowhere (%1).</source>
        <extracomment>SQLite ``application_id`` of every workspace (&quot;APLN&quot;). ``user_version`` written by the newest migration; a file above it is from a newer app. How long an action waits for another program&apos;s lock before giving up (ms).</extracomment>
        <translation>il percorso non porta da nessuna parte (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the path could not be followed (%1).</source>
        <translation>non è stato possibile seguire il percorso (%1).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the file does not exist.</source>
        <translation>il file non esiste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a folder, not a workspace file.</source>
        <translation>è una cartella, non un file di area di lavoro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>you do not have permission to read it.</source>
        <translation>non hai i permessi per leggerlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it could not be read (%1).</source>
        <translation>non è stato possibile leggerlo (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is empty.</source>
        <translation>il file è vuoto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not an Action Planner workspace (not a SQLite database).</source>
        <translation>non è un&apos;area di lavoro di Action Planner (non è un database SQLite).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is a SQLite database from another application, not an Action Planner workspace.</source>
        <translation>è un database SQLite di un&apos;altra applicazione, non un&apos;area di lavoro di Action Planner.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it was saved by a newer version of Action Planner (file format %1; this version reads up to %2). Update Action Planner to open it.</source>
        <translation>è stato salvato da una versione più recente di Action Planner (formato di file %1; questa versione legge fino al %2). Aggiorna Action Planner per aprirlo.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/money.py" line="+50"/>
        <source>Choose a currency.</source>
        <extracomment>The rounding rule, stated once: every amount is rounded to its currency&apos;s minor unit, half away from zero (&quot;commercial rounding&quot;), as soon as it is entered or converted. Totals add rounded amounts, so every total equals the sum of its parts to the cent. Largest amount accepted for one budget line (a sanity bound, not a policy). Decimal places of an exchange rate (InforEuro publishes 4; central banks up to 6). Rates and intermediate products are computed at this precision before rounding.</extracomment>
        <translation>Scegli una valuta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not an ISO 4217 currency code (for example %2).</source>
        <translation>“%1” non è un codice di valuta ISO 4217 (per esempio %2).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Amounts must be exact; enter the figure as text, not as a float.</source>
        <translation>Gli importi devono essere esatti; inserisci la cifra come testo, non come numero in virgola mobile.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Enter an amount as a number, for example 12500.00.</source>
        <translation>Inserisci un importo come numero, per esempio 12500.00.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An amount cannot be negative.</source>
        <translation>Un importo non può essere negativo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That amount is too large (the limit is one trillion).</source>
        <translation>L&apos;importo è troppo grande (il limite è mille miliardi).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 amounts are in whole units.</source>
        <translation>Gli importi in %1 sono in unità intere.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 amounts have at most %n decimal place(s).</source>
        <translation>
            <numerusform>Gli importi in %1 hanno al massimo %n cifra decimale.</numerusform>
            <numerusform>Gli importi in %1 hanno al massimo %n cifre decimali.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter an amount.</source>
        <translation>Inserisci un importo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use a point for decimals, for example 12500.50.</source>
        <translation>Usa il punto per i decimali, per esempio 12500.50.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the rate as text, for example 11.2345.</source>
        <translation>Inserisci il tasso come testo, per esempio 11.2345.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The rate must be a number, for example 11.2345.</source>
        <translation>Il tasso deve essere un numero, per esempio 11.2345.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rate must be a positive number.</source>
        <translation>Il tasso deve essere un numero positivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That rate is out of any plausible range.</source>
        <translation>Il tasso è fuori da qualsiasi intervallo plausibile.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Give the rate with at most %n decimal place(s).</source>
        <translation>
            <numerusform>Indica il tasso con al massimo %n cifra decimale.</numerusform>
            <numerusform>Indica il tasso con al massimo %n cifre decimali.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No exchange rate from %1 to %2: add one under Plan ▸ Exchange Rates.</source>
        <translation>Nessun tasso di cambio da %1 a %2: aggiungine uno in Piano ▸ Tassi di cambio.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/refusals.py" line="+34"/>
        <source>another program kept the file locked for too long. Try again in a moment, or close it there.</source>
        <translation>un altro programma ha tenuto il file bloccato troppo a lungo. Riprova tra poco oppure chiudilo in quel programma.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the disk is full. Free some space and try again.</source>
        <translation>il disco è pieno. Libera un po&apos; di spazio e riprova.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file became read-only. Check its permissions or the drive, then try again.</source>
        <translation>il file è diventato di sola lettura. Controlla i permessi del file o l&apos;unità, poi riprova.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the drive reported a read or write error. Check the drive, then try again.</source>
        <translation>l&apos;unità ha segnalato un errore di lettura o scrittura. Controlla l&apos;unità, poi riprova.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is damaged. Save a copy with File › Save As and check it.</source>
        <translation>il file è danneggiato. Salvane una copia con File › Salva con nome e controllala.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/server.py" line="+78"/>
        <source>this region&apos;s plans belong to another agency; your role may not change them.</source>
        <extracomment>The channel every team workspace announces its commits on (one database per workspace). PostgreSQL&apos;s limit for a NOTIFY payload is 8,000 bytes; a larger change is announced as &quot;everything&quot;. How long a write waits for a row another planner is changing, before it is refused as busy. After a lost connection, how long to wait between tries to listen again (seconds).</extracomment>
        <translation>i piani di questa regione appartengono a un&apos;altra agenzia; il tuo ruolo non consente di modificarli.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>your role on the server may not make this change (ask the workspace&apos;s owner for editor rights).</source>
        <translation>il tuo ruolo sul server non consente questa modifica (chiedi al titolare dell&apos;area di lavoro i diritti di modifica).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>another planner was changing the same rows. Try again in a moment.</source>
        <translation>un altro pianificatore stava modificando le stesse righe. Riprova tra poco.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server&apos;s disk is full. Tell the server&apos;s administrator.</source>
        <translation>il disco del server è pieno. Avvisa l&apos;amministratore del server.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server could not be reached. Check the network; the window keeps what it shows and retries.</source>
        <translation>il server non è raggiungibile. Controlla la rete; la finestra conserva ciò che mostra e riprova.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the database is empty. Upload a workspace to it (File › Upload to Team Workspace… or action-planner copy FILE URL), or create a new one in it.</source>
        <translation>il database è vuoto. Carica un&apos;area di lavoro (File › Carica nell&apos;area di lavoro del team… oppure action-planner copy FILE URL) oppure creane una nuova.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the database holds tables that are not an Action Planner workspace.</source>
        <translation>il database contiene tabelle che non appartengono a un&apos;area di lavoro di Action Planner.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its format “%1” is not one Action Planner wrote.</source>
        <translation>il suo formato “%1” non è stato scritto da Action Planner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it was written by a newer version of Action Planner (format %1).</source>
        <translation>è stato scritto da una versione più recente di Action Planner (formato %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it lacks the workspace tables %1.</source>
        <translation>mancano le tabelle dell&apos;area di lavoro %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>your role on the server may not read this workspace.</source>
        <translation>il tuo ruolo sul server non consente di leggere questa area di lavoro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server refused the connection (%1).</source>
        <translation>il server ha rifiutato la connessione (%1).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>it is in the older format %1; upgrading changes it for every planner. Keep a dump first (%2), then open it again and confirm the upgrade (%3).</source>
        <translation>è nel formato precedente %1; l&apos;aggiornamento lo modifica per tutti i pianificatori. Conserva prima un dump (%2), poi aprilo di nuovo e conferma l&apos;aggiornamento (%3).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the database is not empty; a new workspace needs an empty one.</source>
        <translation>il database non è vuoto; per una nuova area di lavoro ne serve uno vuoto.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>your role on the server lets you read this workspace, not change it.</source>
        <translation>il tuo ruolo sul server consente di leggere questa area di lavoro, non di modificarla.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/actions.py" line="+144"/>
        <source>Name the person responsible first: the e-mail address is theirs.</source>
        <extracomment>Editable action fields with their checks. Owner fields take names (created when new). Fields stored as they are cleaned (theme and owner go through lookups).</extracomment>
        <translation>Indica prima il responsabile: l&apos;indirizzo e-mail è il suo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+162"/>
        <source>action %1 “%2”</source>
        <translation>l&apos;azione %1 “%2”</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+367"/>
        <location filename="../../../action_planner/model/services/base.py" line="-77"/>
        <source>That action no longer exists (it may have been deleted).</source>
        <extracomment>Fields that are columns of the action itself, shown as they are stored (no neighbour to look up).
----------
What :func:`get_or_fail` says of each kind of record that is no longer there, one whole sentence each.</extracomment>
        <translation>Questa azione non esiste più (potrebbe essere stata eliminata).</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>Choose a position from %1 to %2.</source>
        <translation>Scegli una posizione da %1 a %2.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>“%1” is listed twice; give it one role.</source>
        <translation>“%1” compare due volte; assegnale un solo ruolo.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/budget.py" line="+181"/>
        <source>a budget line of action %1 “%2”</source>
        <extracomment>What the totals read of a budget line: its action, the action&apos;s theme, source, year, amount and currency.</extracomment>
        <translation>una voce di budget dell&apos;azione %1 “%2”</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>A rate links two different currencies.</source>
        <translation>Un tasso collega due valute diverse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the date the rate is valid from.</source>
        <translation>Indica la data da cui il tasso è valido.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/kpis.py" line="+43"/>
        <source>“%1” is not in the indicator library; add it there first, or name a custom KPI.</source>
        <translation>“%1” non è nella libreria degli indicatori; aggiungilo prima lì oppure dai un nome a un KPI personalizzato.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the date the value was measured.</source>
        <translation>Indica la data in cui il valore è stato rilevato.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name a custom KPI, or pick an indicator from the library.</source>
        <extracomment>Library units that mean &quot;money in the plan&apos;s currency&quot; (the ERDF indicators count euros).</extracomment>
        <translation>Dai un nome a un KPI personalizzato oppure scegli un indicatore dalla libreria.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the KPI “%1”</source>
        <translation>il KPI “%1”</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/reviews.py" line="+138"/>
        <source>Choose at least one plan to send for review.</source>
        <translation>Scegli almeno un piano da inviare in revisione.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This workspace never sent review round %1.</source>
        <translation>Questa area di lavoro non ha mai inviato il giro di revisione %1.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 and %2 propose different values for the same field; accept one of them.</source>
        <translation>%1 e %2 propongono valori diversi per lo stesso campo; accettane solo uno.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Review round %1 is closed; its proposals can no longer be applied.</source>
        <translation>Il giro di revisione %1 è chiuso; le sue proposte non possono più essere applicate.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>An action the review changes was deleted since; reject its proposals.</source>
        <translation>Un&apos;azione modificata dalla revisione è stata eliminata nel frattempo; rifiuta le sue proposte.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/workshops.py" line="+338"/>
        <location line="+35"/>
        <source>Votes are whole numbers from %1 to %2.</source>
        <extracomment>Largest number of dots one action can hold (a sanity bound for a room of people). The action&apos;s own fields compared besides title, owner and total, in the order the editor shows them.</extracomment>
        <translation>I voti sono numeri interi da %1 a %2.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Votes are whole numbers.</source>
        <translation>I voti sono numeri interi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../action_planner/model/team.py" line="+166"/>
        <source>The workspace has no region %1 (its regions: %2).</source>
        <extracomment>Which region a row of each plan-owned table belongs to: (table, guard function, its column). The functions the policies call. SECURITY DEFINER, so that a planner need not read ``team_regions``&apos; rows of others; ``session_user`` is the planner&apos;s login. A parent that is not found is being deleted in the same statement (its own guard decided), so its rows follow it; a missing plan of a rate is a workspace-wide rate, which only an editor of every region changes.</extracomment>
        <translation>
            <numerusform>L&apos;area di lavoro non ha la regione %1 (le sue regioni: %2).</numerusform>
            <numerusform>L&apos;area di lavoro non ha le regioni %1 (le sue regioni: %2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1” is not a role (choose %2 or %3).</source>
        <translation>“%1” non è un ruolo (scegli %2 o %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only an editor is given regions: a viewer changes none.</source>
        <translation>Le regioni si assegnano solo a chi ha il ruolo di editor: chi consulta non modifica nessuna regione.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server has no login “%1”; its administrator creates it (createuser).</source>
        <translation>Il server non ha l&apos;utente “%1”; lo crea l&apos;amministratore del server (createuser).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>only the workspace&apos;s owner, with the right to create roles, may grant access (%1).</source>
        <translation>solo il titolare dell&apos;area di lavoro, con il diritto di creare ruoli, può concedere l&apos;accesso (%1).</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/transfer.py" line="+104"/>
        <location filename="../../../action_planner/model/workspace.py" line="+453"/>
        <source>a file with that name already exists.</source>
        <extracomment>Rows read and written per round trip.</extracomment>
        <translation>esiste già un file con questo nome.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../../action_planner/model/workspace.py" line="+2"/>
        <source>its folder does not exist.</source>
        <translation>la sua cartella non esiste.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/validation.py" line="+43"/>
        <source>Enter text here.</source>
        <extracomment>The characters of Unicode categories Cc and Cs (control characters and lone surrogates; new emoji and private use are kept), as one class, tested against unicodedata for every code point: a regex scans a text many times faster than a category lookup per character. The same but for tab and newline, which a multi-line text keeps. What XML 1.0 (so Word and Excel files) cannot hold: C0 controls but tab, newline and carriage return, lone surrogates, and the two noncharacters U+FFFE and U+FFFF. Characters a long text field (background, description, notes, policy context) holds at most. Decimal places a KPI figure may carry (a percentage to 4 places, a rate per 1,000 …). Every number stored in a workspace is below this and carries at most this many places (money less).</extracomment>
        <translation>Inserisci qui un testo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This holds a character that documents cannot store (U+FFFE or U+FFFF), often left by a damaged copy and paste; delete it and try again.</source>
        <translation>Questo campo contiene un carattere che i documenti non possono memorizzare (U+FFFE o U+FFFF), spesso lasciato da un copia e incolla non riuscito; eliminalo e riprova.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This cannot be empty.</source>
        <translation>Questo campo non può essere vuoto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is too long (%1 characters; the limit is %2).</source>
        <translation>Il testo è troppo lungo (%1 caratteri; il limite è %2).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Enter a finite number.</source>
        <translation>Inserisci un numero finito.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This cannot be negative.</source>
        <translation>Questo valore non può essere negativo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That number is too large.</source>
        <translation>Il numero è troppo grande.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Use at most %n decimal place(s).</source>
        <translation>
            <numerusform>Usa al massimo %n cifra decimale.</numerusform>
            <numerusform>Usa al massimo %n cifre decimali.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an exact number stored as text</source>
        <translation>un numero esatto memorizzato come testo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a number</source>
        <translation>un numero</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a finite number</source>
        <translation>un numero finito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number that is not negative</source>
        <translation>un numero non negativo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a positive number</source>
        <translation>un numero positivo</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>a number below %1 with at most %n decimal place(s)</source>
        <translation>
            <numerusform>un numero inferiore a %1 con al massimo %n cifra decimale</numerusform>
            <numerusform>un numero inferiore a %1 con al massimo %n cifre decimali</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose yes or no.</source>
        <translation>Scegli sì o no.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” does not look like an e-mail address.</source>
        <translation>“%1” non sembra un indirizzo e-mail.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is not a date; use YYYY-MM-DD.</source>
        <translation>“%1” non è una data; usa il formato AAAA-MM-GG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>Inserisci la data nel formato AAAA-MM-GG.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The end date is before the start date.</source>
        <translation>La data di fine è precedente alla data di inizio.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/funding.py" line="+40"/>
        <source>That funding source no longer exists (it may have been removed).</source>
        <translation>Questa fonte di finanziamento non esiste più (potrebbe essere stata rimossa).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is already in the list of funding sources.</source>
        <translation>“%1” è già nell&apos;elenco delle fonti di finanziamento.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../../action_planner/model/validation.py" line="+15"/>
        <source>“%1” is not one of: %2.</source>
        <translation>“%1” non è tra i valori ammessi: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a funding source to the list first.</source>
        <translation>Aggiungi prima una fonte di finanziamento all&apos;elenco.</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>“%1” is the funding source of %n budget line(s); give them another source first.</source>
        <translation>
            <numerusform>“%1” è la fonte di finanziamento di %n voce di budget; assegnale prima un&apos;altra fonte.</numerusform>
            <numerusform>“%1” è la fonte di finanziamento di %n voci di budget; assegna loro prima un&apos;altra fonte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/validation.py" line="+7"/>
        <location line="+21"/>
        <source>Enter a number.</source>
        <translation>Inserisci un numero.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Enter the number as text or an integer, not a float.</source>
        <translation>Inserisci il numero come testo o come intero, non come numero in virgola mobile.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/money.py" line="-48"/>
        <location filename="../../../action_planner/model/validation.py" line="+14"/>
        <source>“%1” is not a number.</source>
        <translation>“%1” non è un numero.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/validation.py" line="+13"/>
        <location line="+6"/>
        <location line="+4"/>
        <source>Scores are whole numbers from %1 to %2.</source>
        <translation>I punteggi sono numeri interi da %1 a %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Enter a year such as %1.</source>
        <translation>Inserisci un anno, per esempio %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a year between %1 and %2.</source>
        <translation>Inserisci un anno compreso tra %1 e %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This field cannot be edited.</source>
        <translation>Questo campo non è modificabile.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/workspace.py" line="-298"/>
        <source>another program is writing to it (the file is locked). Close it there.</source>
        <extracomment>What a refresh after another program&apos;s commit reports when it cannot say what: everything may have changed.</extracomment>
        <translation>un altro programma vi sta scrivendo (il file è bloccato). Chiudilo in quel programma.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its unfinished change could not be undone (%1).</source>
        <translation>non è stato possibile annullare la sua modifica incompiuta (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is damaged (%1).</source>
        <translation>il file è danneggiato (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SQLite could not open it (%1).</source>
        <translation>SQLite non è riuscito ad aprirlo (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its journal shows a database from another application.</source>
        <translation>il suo journal indica un database di un&apos;altra applicazione.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it was saved by a newer version of Action Planner (file format %1).</source>
        <translation>è stato salvato da una versione più recente di Action Planner (formato di file %1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it contains database objects that Action Planner did not create, or lacks its own (%1); it was not opened, for safety.</source>
        <translation>contiene oggetti di database che Action Planner non ha creato, oppure ne mancano alcuni dei suoi (%1); per sicurezza non è stato aperto.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>another program is using it (the file is locked). Close it there and retry.</source>
        <translation>un altro programma lo sta usando (il file è bloccato). Chiudilo in quel programma e riprova.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the file is read-only. Make it writable, or copy it, and open it again.</source>
        <translation>il file è di sola lettura. Rendilo scrivibile, oppure copialo, e aprilo di nuovo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its folder is read-only (Action Planner keeps a journal beside the file). Copy it elsewhere.</source>
        <translation>la sua cartella è di sola lettura (Action Planner tiene un journal accanto al file). Copialo altrove.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>another program is writing to it (the file is locked). Close it there and retry.</source>
        <translation>un altro programma vi sta scrivendo (il file è bloccato). Chiudilo in quel programma e riprova.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SQLite refused it (%1).</source>
        <translation>SQLite lo ha rifiutato (%1).</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>it could not be opened (%1).</source>
        <extracomment>Where the workspace is: the file, or the server database (``.name`` and ``.stem`` on both). Opened read-only (another window or program writes): every change is refused with a message.</extracomment>
        <translation>non è stato possibile aprirlo (%1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>it is in the older file format %1; open it for writing once so it is upgraded.</source>
        <translation>è nel formato di file precedente %1; aprilo una volta in scrittura perché venga aggiornato.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>its folder is read-only.</source>
        <translation>la sua cartella è di sola lettura.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>it is open read-only because another window or program is writing to it.</source>
        <translation>è aperto in sola lettura perché un&apos;altra finestra o un altro programma vi sta scrivendo.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the file was deleted or moved while it was open. Use File › Save As to keep this window&apos;s plans as a new file.</source>
        <translation>il file è stato eliminato o spostato mentre era aperto. Usa File › Salva con nome per conservare i piani di questa finestra in un nuovo file.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file was replaced by another one while it was open (a sync program or a restored copy?). Use File › Save As to keep this window&apos;s plans as a new file, then open the other one.</source>
        <translation>il file è stato sostituito da un altro mentre era aperto (un programma di sincronizzazione o una copia ripristinata?). Usa File › Salva con nome per conservare i piani di questa finestra in un nuovo file, poi apri l&apos;altro.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>that is the workspace itself.</source>
        <extracomment>A file on disk (False for a database on a server). Whether the workspace was reached at the last contact (a server&apos;s connection can break; a file&apos;s not).</extracomment>
        <translation>è l&apos;area di lavoro stessa.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the journal “%1” beside it belongs to another database (copied there by a sync program or a copy?). Neither file was changed. Move “%1” away, then open it again.</source>
        <translation>il journal “%1” accanto al file appartiene a un altro database (copiato lì da un programma di sincronizzazione o da una copia?). Nessuno dei due file è stato modificato. Sposta altrove “%1”, poi aprilo di nuovo.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/writer.py" line="+64"/>
        <source>by another window or program</source>
        <translation>da un&apos;altra finestra o da un altro programma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>by %1</source>
        <translation>da %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on %1</source>
        <translation>su %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(process %1)</source>
        <translation>(processo %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>since %1</source>
        <translation>dal %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>its folder is read-only (Action Planner keeps a lock file beside it).</source>
        <extracomment>What the lock file said before this holder took it (a crashed holder&apos;s ``wal`` record).</extracomment>
        <translation>la sua cartella è di sola lettura (Action Planner tiene un file di blocco accanto al file).</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/catalogue_files.py" line="+61"/>
        <source>“%1” row %2</source>
        <extracomment>Limits that keep a hostile or mistaken file from exhausting memory or time. ``catalogue.csv`` has its indicator library beside it in ``catalogue-indicators.csv``. Row number the service gives the first data row; its messages are renumbered to the file&apos;s rows. How a row of a named file or sheet is called in messages: %1 the file or sheet, %2 the row number.</extracomment>
        <translation>“%1”, riga %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../action_planner/export/review_import.py" line="+154"/>
        <source>%1 row %2</source>
        <extracomment>A row of a sheet: %1 the sheet&apos;s name, %2 the row number.</extracomment>
        <translation>%1, riga %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file</source>
        <extracomment>What a file&apos;s checks call the whole file, and the two kinds of table in it.</extracomment>
        <translation>il file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2. Its columns are %3; the interventions columns are %4.</source>
        <translation>%1 %2. Le sue colonne sono: %3; le colonne degli interventi sono: %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2. Its columns are %3; the indicators columns are %4.</source>
        <translation>%1 %2. Le sue colonne sono: %3; le colonne degli indicatori sono: %4.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossibile scrivere “%1”: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot import “%1”: %2</source>
        <translation>Impossibile importare “%1”: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>choose a file name ending in .csv or .xlsx.</source>
        <translation>scegli un nome di file che termini con .csv o .xlsx.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>an entry holds a character Excel cannot store (%1).</source>
        <translation>una voce contiene un carattere che Excel non può memorizzare (%1).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>that is a folder.</source>
        <translation>è una cartella.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../../action_planner/export/safe_write.py" line="+41"/>
        <source>the folder “%1” does not exist.</source>
        <extracomment>A temporary file of the same target untouched this long is a leftover of a killed export.</extracomment>
        <translation>la cartella “%1” non esiste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>permission denied (is the file open in another program, or the folder read-only?).</source>
        <translation>autorizzazione negata (il file è aperto in un altro programma o la cartella è di sola lettura?).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>only .csv and .xlsx files can be imported.</source>
        <translation>si possono importare solo file .csv e .xlsx.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>it is not a regular file (a pipe, a device or a folder).</source>
        <translation>non è un file normale (è una pipe, un dispositivo o una cartella).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../../action_planner/export/review_import.py" line="+122"/>
        <source>there is no such file.</source>
        <translation>il file non esiste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../../action_planner/export/review_import.py" line="+8"/>
        <source>the file is larger than %1 MB, the limit.</source>
        <translation>il file supera il limite di %1 MB.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it is neither UTF-8 nor Windows-1252 text; save it as “CSV UTF-8”.</source>
        <translation>non è testo UTF-8 né Windows-1252; salvalo come “CSV UTF-8”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not a CSV text file; save it from Excel as “CSV UTF-8”.</source>
        <translation>non è un file di testo CSV; salvalo da Excel come “CSV UTF-8”.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>line %1 is not valid CSV (%2).</source>
        <translation>la riga %1 non è CSV valido (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is empty; it needs a header row naming the columns.</source>
        <translation>il file è vuoto; serve una riga di intestazione con i nomi delle colonne.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the sheet “%1”</source>
        <translation>il foglio “%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it has no sheet named “%1” or “%2” with a header row (it has %3).</source>
        <translation>non ha un foglio chiamato “%1” o “%2” con una riga di intestazione (ha %3).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>it is not an Excel workbook (.xlsx); save it from Excel as .xlsx.</source>
        <translation>non è una cartella di lavoro Excel (.xlsx); salvala da Excel in formato .xlsx.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 goes beyond row %2, Excel&apos;s last row.</source>
        <translation>%1 va oltre la riga %2, l&apos;ultima di Excel.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is also on row %2.</source>
        <translation>%1 compare anche alla riga %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has %2 rows; the limit is %3.</source>
        <translation>%1 ha %2 righe; il limite è %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing was imported; fix these rows and try again:
%1</source>
        <translation>non è stato importato nulla; correggi queste righe e riprova:
%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has %2 cells; the header has %3.</source>
        <translation>%1 ha %2 celle; l&apos;intestazione ne ha %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has a value in column %2, which has no name in the header.</source>
        <translation>%1 ha un valore nella colonna %2, che non ha un nome nell&apos;intestazione.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>lacks the column(s) %1</source>
        <translation>
            <numerusform>non ha la colonna %1</numerusform>
            <numerusform>non ha le colonne %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>has the unknown column(s) %1</source>
        <translation>
            <numerusform>ha la colonna sconosciuta %1</numerusform>
            <numerusform>ha le colonne sconosciute %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has %1 more than once</source>
        <translation>ha %1 più di una volta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../action_planner/export/run.py" line="+31"/>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/data.py" line="+151"/>
        <source>Action %1 “%2” changed while it was being exported; export again.</source>
        <translation>L&apos;azione %1 “%2” è stata modificata durante l&apos;esportazione; esporta di nuovo.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the workspace has no plans to export yet.</source>
        <extracomment>Plans read together in one transaction (their actions, totals and rates always agree).</extracomment>
        <translation>l&apos;area di lavoro non ha ancora piani da esportare.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/registry.py" line="+34"/>
        <source>“%1” is not an export format (choose one of: %2).</source>
        <extracomment>Every format, in the order the window offers them.</extracomment>
        <translation>“%1” non è un formato di esportazione (scegli tra: %2).</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/request.py" line="+23"/>
        <source>Cannot export to “%1”: %2</source>
        <translation>Impossibile esportare in “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/review_import.py" line="-193"/>
        <source>it holds %1 parts; a document has far fewer.</source>
        <extracomment>Rows over all sheets: a review of the largest workspace has a few thousand. The size checks&apos; refusals that name a workbook, as they read for a Word document.</extracomment>
        <translation>contiene %1 parti; un documento ne ha molte meno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its part “%1” is compressed %2 to 1, which no real document is.</source>
        <translation>la sua parte “%1” è compressa in rapporto %2 a 1, come nessun vero documento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this workspace never sent review round %1.</source>
        <translation>questa area di lavoro non ha mai inviato il giro di revisione %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot import the review “%1”: %2</source>
        <translation>Impossibile importare la revisione “%1”: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: %2; nothing from this row is used.</source>
        <extracomment>A refused row as the review lists it: %1 the row (:data:`_SHEET_ROW`), %2 why.</extracomment>
        <translation>%1: %2; non viene usato nulla di questa riga.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1 cell holds a formula; type the value itself</source>
        <translation>la cella %1 contiene una formula; digita direttamente il valore</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>it is a zip file but not a Word document (.docx).</source>
        <translation>è un file zip ma non un documento Word (.docx).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it is not a Word document (.docx).</source>
        <translation>non è un documento Word (.docx).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>it is not a regular file.</source>
        <translation>non è un file normale.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it cannot be read (%1).</source>
        <translation>non è possibile leggerlo (%1).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>its sheets hold more than %1 rows; a review workbook has far fewer.</source>
        <translation>i suoi fogli contengono più di %1 righe; una cartella di lavoro di revisione ne ha molte meno.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it is not an Excel workbook (.xlsx) or a Word document (.docx) that Action Planner wrote.</source>
        <translation>non è una cartella di lavoro Excel (.xlsx) né un documento Word (.docx) scritti da Action Planner.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>its manifest is missing, so it cannot be tied to a review this workspace sent.</source>
        <translation>manca il suo manifesto, quindi non è possibile collegarlo a una revisione inviata da questa area di lavoro.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the sheet “%1” is missing; import the workbook as it was sent.</source>
        <translation>manca il foglio “%1”; importa la cartella di lavoro così come è stata inviata.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>its manifest is not one this version of Action Planner wrote.</source>
        <translation>il suo manifesto non è stato scritto da questa versione di Action Planner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it was sent from another workspace; open that workspace to import it.</source>
        <translation>è stato inviato da un&apos;altra area di lavoro; apri quell&apos;area di lavoro per importarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its manifest was changed (the round number is not a number).</source>
        <translation>il suo manifesto è stato modificato (il numero del giro non è un numero).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its manifest was changed since it was sent.</source>
        <translation>il suo manifesto è stato modificato dopo l&apos;invio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>review round %1 is closed; its workbooks are no longer imported.</source>
        <translation>il giro di revisione %1 è chiuso; le sue cartelle di lavoro non vengono più importate.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>is TRUE/FALSE, not a number</source>
        <translation>è VERO/FALSO, non un numero</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a finite number</source>
        <translation>non è un numero finito</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is text (“%1”), not a number</source>
        <translation>è testo (“%1”), non un numero</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the %1 %2</source>
        <translation>il campo %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1: %2</source>
        <translation>il campo %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a whole year</source>
        <translation>non è un anno intero</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is a time, not a date</source>
        <translation>è un&apos;ora, non una data</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is text (“%1”), not a date</source>
        <translation>è testo (“%1”), non una data</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not one of: %1</source>
        <translation>non è tra: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the header row of the sheet “%1” was changed; import it as it was sent.</source>
        <translation>la riga di intestazione del foglio “%1” è stata modificata; importalo così come è stato inviato.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>it holds more than %1 rows.</source>
        <translation>contiene più di %1 righe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it has no record id; propose new rows on the %1 sheet</source>
        <translation>non ha un identificativo di record; proponi le nuove righe nel foglio %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its record id “%1” was changed or comes from another file</source>
        <translation>il suo identificativo di record “%1” è stato modificato o proviene da un altro file</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its record id is repeated on row %1; keep one of them</source>
        <translation>il suo identificativo di record si ripete alla riga %1; tienine solo uno</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>choose one of this review&apos;s plans in the %1 column</source>
        <translation>scegli uno dei piani di questa revisione nella colonna %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a new action needs a title</source>
        <translation>una nuova azione richiede un titolo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>give the %1 of one of this review&apos;s actions (such as %2) for a new budget line</source>
        <translation>per una nuova voce di budget indica in %1 una delle azioni di questa revisione (per esempio %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a new budget line needs its %1</source>
        <translation>una nuova voce di budget richiede il campo %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>choose “%1” or “%2” in the %3 column</source>
        <translation>scegli “%1” o “%2” nella colonna %3</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/review_word.py" line="+33"/>
        <source>the Word document cannot be read (%1).</source>
        <translation>non è possibile leggere il documento Word (%1).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>it carries no Action Planner marks (it is not a Word export of this app, or they were removed); export the plan to Word again and send that file.</source>
        <extracomment>Word allows 40 characters in a bookmark name; ours are ap_action_ and up to 12 digits. How much of the commented text the dialog shows beside the comment&apos;s place.</extracomment>
        <translation>non contiene i contrassegni di Action Planner (non è un&apos;esportazione Word di questa applicazione, oppure sono stati rimossi); esporta di nuovo il piano in Word e invia quel file.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>it is outside every action</source>
        <translation>è al di fuori di qualsiasi azione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its action is no longer in the plan (deleted since, or its mark in the file was changed)</source>
        <translation>la sua azione non è più nel piano (eliminata nel frattempo, oppure il suo contrassegno nel file è stato modificato)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 by %2: “%3”: %4.</source>
        <translation>%1 di %2: “%3”: %4.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>its Action Planner marks are not ones this version wrote.</source>
        <translation>i suoi contrassegni di Action Planner non sono stati scritti da questa versione.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it does not name its workspace (it was exported while the workspace was open read-only); export the plan to Word again and send that file.</source>
        <translation>non indica la sua area di lavoro (è stato esportato mentre l&apos;area di lavoro era aperta in sola lettura); esporta di nuovo il piano in Word e invia quel file.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it was exported from another workspace; open that workspace to import it.</source>
        <translation>è stato esportato da un&apos;altra area di lavoro; apri quell&apos;area di lavoro per importarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its list of plans was changed since it was exported.</source>
        <translation>il suo elenco di piani è stato modificato dopo l&apos;esportazione.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Word comment %1</source>
        <translation>Commento Word %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word comment %1 on “%2”</source>
        <translation>Commento Word %1 su “%2”</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/run.py" line="+3"/>
        <source>The workspace has no region “%1” (its regions are: %2).</source>
        <translation>L&apos;area di lavoro non ha la regione “%1” (le sue regioni sono: %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no plans to export.</source>
        <translation>%1 non ha piani da esportare.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/safe_write.py" line="-22"/>
        <source>that is a folder; choose a file name.</source>
        <translation>è una cartella; scegli un nome di file.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the folder “%1” is read-only.</source>
        <translation>la cartella “%1” è di sola lettura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is read-only; choose another name or make it writable.</source>
        <translation>il file è di sola lettura; scegli un altro nome o rendilo scrivibile.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a temporary file could not be created beside it (%1).</source>
        <translation>non è stato possibile creare un file temporaneo accanto al file (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a temporary file could not be created beside it.</source>
        <translation>non è stato possibile creare un file temporaneo accanto al file.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the file is locked or read-only; close it in other programs and try again.</source>
        <translation>il file è bloccato o di sola lettura; chiudilo negli altri programmi e riprova.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it could not be replaced (%1).</source>
        <translation>non è stato possibile sostituirlo (%1).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the file could not be written (%1).</source>
        <translation>non è stato possibile scrivere il file (%1).</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/workbook_limits.py" line="+20"/>
        <source>reading workbooks safely needs the defusedxml package; reinstall the app.</source>
        <translation>per leggere le cartelle di lavoro in sicurezza serve il pacchetto defusedxml; reinstalla l&apos;applicazione.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the workbook cannot be read (%1).</source>
        <translation>non è possibile leggere la cartella di lavoro (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it holds %1 parts; a workbook has far fewer.</source>
        <translation>contiene %1 parti; una cartella di lavoro ne ha molte meno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its part “%1” is compressed %2 to 1, which no real workbook is.</source>
        <translation>la sua parte “%1” è compressa in rapporto %2 a 1, come nessuna vera cartella di lavoro.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>it is a zip file but not an Excel workbook (.xlsx).</source>
        <extracomment>A catalogue of 100,000 rows has a few unique texts a row, in at most a few dozen columns.</extracomment>
        <translation>è un file zip ma non una cartella di lavoro Excel (.xlsx).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it would unpack to %1 MB; the limit is %2 MB.</source>
        <translation>una volta decompresso occuperebbe %1 MB; il limite è %2 MB.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>it holds more than %1 different texts, far more than any catalogue needs.</source>
        <translation>contiene più di %1 testi diversi, molti più di quanti ne servano a qualsiasi catalogo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its sheets hold more than %1 cells, far more than any catalogue needs.</source>
        <translation>i suoi fogli contengono più di %1 celle, molte più di quante ne servano a qualsiasi catalogo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a sheet has cells in column %1; a catalogue sheet uses columns A to %2. Delete the cells beyond them and save again.</source>
        <translation>un foglio ha celle nella colonna %1; un foglio del catalogo usa le colonne da A a %2. Elimina le celle oltre queste colonne e salva di nuovo.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/damage.py" line="+24"/>
        <source>plan %1</source>
        <translation>piano %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action %1</source>
        <translation>azione %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>budget line %1</source>
        <translation>voce di budget %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI %1</source>
        <translation>KPI %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measured value %1</source>
        <translation>valore rilevato %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchange rate %1</source>
        <translation>tasso di cambio %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catalogue intervention %1</source>
        <translation>intervento del catalogo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicator %1</source>
        <translation>indicatore %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workshop decision %1</source>
        <translation>decisione del workshop %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workshop %1</source>
        <translation>workshop %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (action “%2” of plan “%3”), field “%4” in table %5, holds “%6”; %7</source>
        <extracomment>One damaged value: %1 the record, then where it belongs, the field, the table, what it holds and its problem.</extracomment>
        <translation>%1 (azione “%2” del piano “%3”), campo “%4” nella tabella %5, contiene “%6”; %7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (plan “%2”), field “%3” in table %4, holds “%5”; %6</source>
        <translation>%1 (piano “%2”), campo “%3” nella tabella %4, contiene “%5”; %6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, field “%2” in table %3, holds “%4”; %5</source>
        <translation>%1, campo “%2” nella tabella %3, contiene “%4”; %5</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>a stored value %1: %2</source>
        <extracomment>How a damaged record is placed for the reader: the action (and plan) it belongs to. A workspace with more damage than this is reported by its first few records and a count.</extracomment>
        <translation>un valore memorizzato %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>and %n more damaged value(s)</source>
        <translation>
            <numerusform>e %n altro valore danneggiato</numerusform>
            <numerusform>e altri %n valori danneggiati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/messages.py" line="+21"/>
        <source>%1; %2</source>
        <extracomment>How :func:`joined` links two sentences of one refusal, and two parts of one phrase.</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/base.py" line="+1"/>
        <source>That budget line no longer exists (it may have been deleted).</source>
        <translation>Questa voce di budget non esiste più (potrebbe essere stata eliminata).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That catalogue intervention no longer exists (it may have been deleted).</source>
        <translation>Questo intervento del catalogo non esiste più (potrebbe essere stato eliminato).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That decision no longer exists (it may have been deleted).</source>
        <translation>Questa decisione non esiste più (potrebbe essere stata eliminata).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That exchange rate no longer exists (it may have been deleted).</source>
        <translation>Questo tasso di cambio non esiste più (potrebbe essere stato eliminato).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That indicator no longer exists (it may have been deleted).</source>
        <translation>Questo indicatore non esiste più (potrebbe essere stato eliminato).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That intervention no longer exists (it may have been deleted).</source>
        <translation>Questo intervento non esiste più (potrebbe essere stato eliminato).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That KPI no longer exists (it may have been deleted).</source>
        <translation>Questo KPI non esiste più (potrebbe essere stato eliminato).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That organisation no longer exists (it may have been deleted).</source>
        <translation>Questa organizzazione non esiste più (potrebbe essere stata eliminata).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That plan no longer exists (it may have been deleted).</source>
        <translation>Questo piano non esiste più (potrebbe essere stato eliminato).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That region no longer exists (it may have been deleted).</source>
        <translation>Questa regione non esiste più (potrebbe essere stata eliminata).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That review round no longer exists (it may have been deleted).</source>
        <translation>Questo giro di revisione non esiste più (potrebbe essere stato eliminato).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That workshop no longer exists (it may have been deleted).</source>
        <translation>Questo workshop non esiste più (potrebbe essere stato eliminato).</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/catalogue.py" line="+35"/>
        <source>%1: %2: %3</source>
        <extracomment>At most this many problems are listed when an import is refused. One problem of an imported row: %1 the row (:data:`ROW`, :data:`INDICATOR_ROW` …), %2 the column, %3 what is wrong.</extracomment>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1</source>
        <extracomment>What an import&apos;s problems call a row: %1 its number (an intervention&apos;s, or an indicator&apos;s).</extracomment>
        <translation>Riga %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators row %1</source>
        <translation>Riga %1 degli indicatori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… e %n altro.</numerusform>
            <numerusform>… e altri %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was imported; fix these rows and try again:
%1</source>
        <translation>Non è stato importato nulla; correggi queste righe e riprova:
%1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 is used by KPIs of actions; it cannot be deleted.</source>
        <translation>%1 è usato dai KPI di alcune azioni; non può essere eliminato.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>not in the library: %1</source>
        <translation>non presenti nella libreria: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The same code appears more than once among the interventions: %1</source>
        <translation>Lo stesso codice compare più di una volta tra gli interventi: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same code appears more than once among the indicators: %1</source>
        <translation>Lo stesso codice compare più di una volta tra gli indicatori: %1</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/organisations.py" line="+49"/>
        <location line="+27"/>
        <source>“%1” is already in the list of organisations.</source>
        <translation>“%1” è già nell&apos;elenco delle organizzazioni.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>“%1” owns or takes part in actions; remove it there first.</source>
        <translation>“%1” è responsabile di alcune azioni o vi partecipa; rimuovila prima da lì.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/plans.py" line="+48"/>
        <source>“%1” is not a language code (for example %2).</source>
        <translation>“%1” non è un codice di lingua (per esempio %2).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>“%1” is not a NUTS or ISO 3166-2 region code.</source>
        <extracomment>Each editable plan field with the check that cleans it.</extracomment>
        <translation>“%1” non è un codice di regione NUTS o ISO 3166-2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2) is already in this workspace.</source>
        <translation>%1 (%2) è già in questa area di lavoro.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the region %1</source>
        <translation>la regione %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>the plan “%1”</source>
        <translation>il piano “%1”</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/stored.py" line="+26"/>
        <source>this should be %1</source>
        <extracomment>How a damaged value&apos;s problem is said: %1 what the column holds.</extracomment>
        <translation>dovrebbe essere %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>a value of this column</source>
        <translation>un valore di questa colonna</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a date written YYYY-MM-DD</source>
        <translation>una data nel formato AAAA-MM-GG</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a date and time</source>
        <translation>una data e un&apos;ora</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>one of: %1</source>
        <translation>uno tra: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a whole number from 1 to 5</source>
        <translation>un numero intero da 1 a 5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a whole number that is not negative</source>
        <translation>un numero intero non negativo</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/navigator.py" line="+118"/>
        <source>Regions and plans</source>
        <translation>Regioni e piani</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n azione</numerusform>
            <numerusform>%n azioni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/navigator.py" line="+35"/>
        <source>Regions and plans</source>
        <translation>Regioni e piani</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No regions yet. Start with Plan ▸ Add Region… (Ctrl+Shift+R): pick the region your action plan is for, then add its plan (Ctrl+Shift+P).</source>
        <translation>Ancora nessuna regione. Inizia con Piano ▸ Aggiungi regione… (Ctrl+Shift+R): scegli la regione del tuo piano d&apos;azione, poi aggiungi il piano (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add &amp;Region…</source>
        <translation>Aggiungi &amp;regione…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Plan…</source>
        <translation>Aggiungi &amp;piano…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name…</source>
        <translation>Ri&amp;nomina…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Region or Plan…</source>
        <translation>&amp;Elimina regione o piano…</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Action plan for %1</source>
        <translation>Piano d&apos;azione per %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add plan</source>
        <translation>Aggiungi piano</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>Plan &amp;title:</source>
        <translation>&amp;Titolo del piano:</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Rename plan</source>
        <comment>the change as Edit ▸ Undo names it, not the dialog&apos;s title</comment>
        <translation>Rinomina piano</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename plan</source>
        <translation>Rinomina piano</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Rename region</source>
        <translation>Rinomina regione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region &amp;name:</source>
        <translation>&amp;Nome della regione:</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Delete the region “%1” and its %n plan(s)? Edit ▸ Undo brings it back.</source>
        <translation>
            <numerusform>Eliminare la regione “%1” e il suo piano (%n)? Modifica ▸ Annulla la ripristina.</numerusform>
            <numerusform>Eliminare la regione “%1” e i suoi %n piani? Modifica ▸ Annulla la ripristina.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete region</source>
        <translation>Elimina regione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the plan “%1” and all its actions? Edit ▸ Undo brings it back.</source>
        <translation>Eliminare il piano “%1” e tutte le sue azioni? Modifica ▸ Annulla lo ripristina.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete plan</source>
        <translation>Elimina piano</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../../action_planner/ui/labels.py" line="+114"/>
        <source>Use a comma for decimals, for example %1.</source>
        <translation>Usa la virgola per i decimali, per esempio %1.</translation>
    </message>
</context>
<context>
    <name>OverviewSlide</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/slide_overview.py" line="+25"/>
        <source>Total budget</source>
        <translation>Budget totale</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Actions by theme</source>
        <translation>Azioni per tema</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ACTION PLAN · %1</source>
        <translation>PIANO D&apos;AZIONE · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region: %1 (%2)</source>
        <translation>Regione: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy instrument: %1</source>
        <translation>Strumento politico: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 in the reporting currency</source>
        <translation>%1 nella valuta di rendicontazione</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/plan_editor.py" line="+33"/>
        <source>Part I – General information</source>
        <translation>Parte I – Informazioni generali</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan &amp;title:</source>
        <translation>&amp;Titolo del piano:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;getto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner &amp;organisation:</source>
        <translation>&amp;Organizzazione partner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Othe&amp;r partner organisations involved:</source>
        <translation>Altre organi&amp;zzazioni partner coinvolte:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country and region:</source>
        <translation>Paese e regione:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact &amp;name:</source>
        <translation>&amp;Nome del referente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-&amp;mail:</source>
        <translation>&amp;E-mail del referente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact phone:</source>
        <translation>Telefono del &amp;referente:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part II – Policy context</source>
        <translation>Parte II – Contesto politico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan aims to &amp;impact:</source>
        <translation>Su c&amp;he cosa il piano intende incidere:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polic&amp;y instrument addressed:</source>
        <translation>Strumento politico &amp;interessato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local conte&amp;xt and challenges:</source>
        <translation>&amp;Contesto locale e sfide:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language, currency and endorsement</source>
        <translation>Lingua, valuta e approvazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language (code):</source>
        <translation>&amp;Lingua (codice):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>en, it, es, sv, pl</source>
        <translation>en, it, es, sv, pl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En&amp;glish summary:</source>
        <translation>A&amp;bstract in inglese:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency (ISO code):</source>
        <translation>Val&amp;uta (codice ISO):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endorsement &amp;date:</source>
        <translation>&amp;Data di approvazione:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory:</source>
        <translation>Firmatario:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Rename plan</source>
        <translation>Rinomina piano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change plan details</source>
        <translation>Modifica dettagli del piano</translation>
    </message>
</context>
<context>
    <name>PlayersEditor</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/players_editor.py" line="+47"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner orga&amp;nisation:</source>
        <translation>&amp;Organizzazione responsabile:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact pe&amp;rson:</source>
        <translation>&amp;Referente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-&amp;mail:</source>
        <translation>&amp;E-mail del referente:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Players involved (organisations in the region and their roles)</source>
        <translation>Soggetti coinvolti (organizzazioni della regione e loro ruoli)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Players involved</source>
        <translation>Soggetti coinvolti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New player organisation</source>
        <translation>Organizzazione del nuovo soggetto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role, e.g. co-finances</source>
        <translation>Ruolo, es. cofinanzia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New player role</source>
        <translation>Ruolo del nuovo soggetto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add p&amp;layer</source>
        <translation>Aggiungi &amp;soggetto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove pla&amp;yer</source>
        <translation>R&amp;imuovi soggetto</translation>
    </message>
</context>
<context>
    <name>PlayersModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/players.py" line="+25"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../../action_planner/ui/preferences.py" line="+32"/>
        <source>Preferences</source>
        <extracomment>The order of the language list after &quot;System default&quot;: English, then the partners&apos; languages.</extracomment>
        <translation>Preferenze</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System default</source>
        <translation>Lingua del sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action Planner will start in this language next time.</source>
        <translation>Action Planner userà questa lingua dal prossimo avvio.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The preference could not be saved: the settings file %1 cannot be written.</source>
        <translation>Impossibile salvare la preferenza: non è possibile scrivere il file delle impostazioni %1.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/presentation.py" line="+209"/>
        <source>Go to action %1…</source>
        <translation>Vai all&apos;azione %1…</translation>
    </message>
</context>
<context>
    <name>RateCommands</name>
    <message>
        <location filename="../../../action_planner/ui/commands/rates.py" line="+44"/>
        <source>Change exchange rate</source>
        <translation>Modifica tasso di cambio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add exchange rate</source>
        <translation>Aggiungi tasso di cambio</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete exchange rate</source>
        <translation>Elimina tasso di cambio</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../../action_planner/ui/rates_dialog.py" line="+66"/>
        <source>Exchange Rates</source>
        <extracomment>The source written on a new rate: InforEuro, the Commission&apos;s monthly rates, is what programmes ask for.</extracomment>
        <translation>Tassi di cambio</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Workspace rates (all plans)</source>
        <translation>Tassi dell&apos;area di &amp;lavoro (tutti i piani)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This &amp;plan&apos;s own rates</source>
        <translation>Tassi propri di questo &amp;piano</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exchange rates</source>
        <translation>Tassi di cambio</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete Rate</source>
        <translation>Elimina tasso</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit Rate</source>
        <translation>&amp;Modifica tasso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected rate into the form below to change it</source>
        <translation>Copia il tasso selezionato nel modulo qui sotto per modificarlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Rate</source>
        <translation>&amp;Elimina tasso</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add or replace a rate</source>
        <translation>Aggiungi o sostituisci un tasso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base currency</source>
        <translation>Valuta di base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote currency</source>
        <translation>Valuta di quotazione</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Base currency:</source>
        <translation>Valuta di &amp;base:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quote currency:</source>
        <translation>Valuta di &amp;quotazione:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rate:</source>
        <translation>&amp;Tasso:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Valid from:</source>
        <translation>&amp;Valido dal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation>&amp;Fonte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+202"/>
        <source>&amp;Add</source>
        <translation>A&amp;ggiungi</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>These rates replace the workspace&apos;s for “%1” only. It has none yet: it uses the workspace&apos;s.</source>
        <translation>Questi tassi sostituiscono quelli dell&apos;area di lavoro solo per “%1”. Non ne ha ancora: usa quelli dell&apos;area di lavoro.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Type the date from which this rate applies.</source>
        <translation>Indica la data da cui si applica questo tasso di cambio.</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Select a plan in the window to give it its own rates</source>
        <translation>Seleziona un piano nella finestra per assegnargli tassi propri</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every plan uses these rates, unless it has its own rate for the pair. 1 base = rate quote, from the date given; the latest date of each pair is in force. No rates yet.</source>
        <translation>Tutti i piani usano questi tassi, salvo quelli con un tasso proprio per la coppia. 1 unità della valuta di base = tasso in valuta di quotazione, dalla data indicata; per ogni coppia vale la data più recente. Ancora nessun tasso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every plan uses these rates, unless it has its own rate for the pair. 1 base = rate quote, from the date given; the latest date of each pair is in force.</source>
        <translation>Tutti i piani usano questi tassi, salvo quelli con un tasso proprio per la coppia. 1 unità della valuta di base = tasso in valuta di quotazione, dalla data indicata; per ogni coppia vale la data più recente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These rates replace the workspace&apos;s for “%1” only.</source>
        <translation>Questi tassi sostituiscono quelli dell&apos;area di lavoro solo per “%1”.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>1 %1 =</source>
        <translation>1 %1 =</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rep&amp;lace</source>
        <translation>&amp;Sostituisci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces the rate stored for this date: 1 %1 = %2 %3.</source>
        <translation>Sostituisce il tasso registrato per questa data: 1 %1 = %2 %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>last stored: %1</source>
        <translation>ultimo registrato: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 for one %2</source>
        <translation>%1 per un %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as your source quotes it</source>
        <translation>come da fonte</translation>
    </message>
</context>
<context>
    <name>RatesModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/rates.py" line="+49"/>
        <source>Rate</source>
        <translation>Tasso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid from</source>
        <translation>Valido dal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>In force</source>
        <translation>In vigore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earlier</source>
        <translation>Precedente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 %1 = %2 %3</source>
        <translation>1 %1 = %2 %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The latest rate for %1 → %2: totals use it.</source>
        <translation>Il tasso più recente per %1 → %2: i totali usano questo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept as history: a later rate for the pair is in force.</source>
        <translation>Conservato come storico: per la coppia è in vigore un tasso più recente.</translation>
    </message>
</context>
<context>
    <name>RegionCommands</name>
    <message>
        <location filename="../../../action_planner/ui/commands/regions.py" line="+18"/>
        <source>Add region</source>
        <translation>Aggiungi regione</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rename region</source>
        <translation>Rinomina regione</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete region</source>
        <translation>Elimina regione</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add plan</source>
        <translation>Aggiungi piano</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete plan</source>
        <translation>Elimina piano</translation>
    </message>
</context>
<context>
    <name>RegionPickerDialog</name>
    <message>
        <location filename="../../../action_planner/ui/region_picker.py" line="+60"/>
        <location line="+16"/>
        <source>Add region</source>
        <translation>Aggiungi regione</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>&amp;Search regions by name, code or country:</source>
        <translation>&amp;Cerca regioni per nome, codice o paese:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search regions</source>
        <translation>Cerca regioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. West Yorkshire, ITH5, Śląskie</source>
        <translation>es. Emilia-Romagna, ITH5, Śląskie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matching regions</source>
        <translation>Regioni trovate</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose a region from the list.</source>
        <translation>Scegli una regione dall&apos;elenco.</translation>
    </message>
</context>
<context>
    <name>RegionResultsModel</name>
    <message>
        <location line="-71"/>
        <source>level %1</source>
        <translation>livello %1</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message numerus="yes">
        <location filename="../../../action_planner/ui/commands/review.py" line="+18"/>
        <source>Accept %n review change(s)</source>
        <extracomment>The undo text, marked with a count written in the call: the only way lupdate extracts a plural outside a QObject&apos;s tr(). The real count is given where it is translated.</extracomment>
        <translation>
            <numerusform>Accetta %n modifica della revisione</numerusform>
            <numerusform>Accetta %n modifiche della revisione</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../../action_planner/ui/review/dialog.py" line="+40"/>
        <source>Import Review</source>
        <translation>Importa revisione</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Proposed changes</source>
        <translation>Modifiche proposte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused rows</source>
        <translation>Righe rifiutate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows refused (nothing from them is used):</source>
        <translation>Righe rifiutate (non se ne usa nulla):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments not attached</source>
        <translation>Commenti non collegati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word comments not attached to any action (not imported; read them in the file):</source>
        <translation>Commenti di Word non collegati ad alcuna azione (non importati; leggili nel file):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept All from &amp;Partner</source>
        <translation>Accetta tutto dal &amp;partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accept Selected</source>
        <translation>&amp;Accetta selezionate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reject Selected</source>
        <translation>&amp;Rifiuta selezionate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;File…</source>
        <translation>Aggiungi &amp;file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another returned workbook, or a Word export with comments</source>
        <translation>Aggiungi un&apos;altra cartella di lavoro restituita, o un&apos;esportazione Word con commenti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply &amp;Decisions</source>
        <translation>Applica le &amp;decisioni</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1, %2 from %3.</source>
        <comment>%1: the proposed changes; %2: the comments; %3: who sent which file</comment>
        <translation>%1, %2 da %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n proposed change(s)</source>
        <translation>
            <numerusform>%n modifica proposta</numerusform>
            <numerusform>%n modifiche proposte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n commento</numerusform>
            <numerusform>%n commenti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewFeature</name>
    <message>
        <location filename="../../../action_planner/ui/review/feature.py" line="+37"/>
        <source>&amp;Send for Review…</source>
        <translation>Invia &amp;per la revisione…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the current plan as a workbook for a partner to review</source>
        <translation>Scrivi il piano corrente in una cartella di lavoro da far rivedere a un partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import Re&amp;view…</source>
        <translation>Importa re&amp;visione…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare a returned review workbook with the plan, or bring back comments made in Word</source>
        <translation>Confronta con il piano una cartella di revisione restituita, o recupera i commenti fatti in Word</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+18"/>
        <source>Send for Review</source>
        <translation>Invia per la revisione</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Choose the plan to send in the navigator first.</source>
        <translation>Prima scegli nel navigatore il piano da inviare.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Reviewer (the partner this workbook goes to):</source>
        <translation>&amp;Revisore (il partner a cui va questa cartella di lavoro):</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+31"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Review round %1 was written to “%2”. Send it to the partner; import it when it comes back.</source>
        <translation>Il giro di revisione %1 è stato scritto in “%2”. Invialo al partner e importalo quando torna.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the review workbook “%1”…</source>
        <translation>Scrittura della cartella di revisione “%1”…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>Import Review</source>
        <translation>Importa revisione</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Review workbooks and Word files (*.xlsx *.docx)</source>
        <translation>Cartelle di revisione e file Word (*.xlsx *.docx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents (*.docx)</source>
        <translation>Documenti Word (*.docx)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the review “%1”…</source>
        <translation>Lettura della revisione “%1”…</translation>
    </message>
</context>
<context>
    <name>ReviewItemsModel</name>
    <message>
        <location filename="../../../action_planner/ui/review/model.py" line="+80"/>
        <source>Accept</source>
        <translation>Accetta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed</source>
        <translation>Proposto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Attuale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Comment on the action</source>
        <translation>Commento sull&apos;azione</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New action</source>
        <translation>Nuova azione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New budget line</source>
        <translation>Nuova voce di budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Rimozione</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location line="-146"/>
        <source>Comment</source>
        <extracomment>The item (a Difference or a Comment) behind a row.</extracomment>
        <translation>Commento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed by the partner — reviewers disagree</source>
        <translation>Modificato dal partner — i revisori non concordano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed on both sides — reviewers disagree</source>
        <translation>Modificato da entrambe le parti — i revisori non concordano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed new row — reviewers disagree</source>
        <translation>Nuova riga proposta — i revisori non concordano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed by the partner — reviewers disagree</source>
        <translation>Rimosso dal partner — i revisori non concordano</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed by the partner</source>
        <translation>Modificato dal partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed on both sides</source>
        <translation>Modificato da entrambe le parti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed new row</source>
        <translation>Nuova riga proposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed by the partner</source>
        <translation>Rimosso dal partner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <extracomment>The English names of the fields a proposal can change (marked here, translated by :func:`field_label`).</extracomment>
        <translation>Titolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background</source>
        <translation>Contesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players</source>
        <translation>Soggetti coinvolti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Data di inizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Data di fine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding source</source>
        <translation>Fonte di finanziamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Valore di base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>Data obiettivo</translation>
    </message>
</context>
<context>
    <name>ScreenPickerDialog</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/screen_picker.py" line="+42"/>
        <source>Present on which screen?</source>
        <extracomment>Called with the chosen screen, or None for a normal window.</extracomment>
        <translation>Su quale schermo presentare?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Screen for the audience (the presentation fills it):</source>
        <translation>&amp;Schermo per il pubblico (la presentazione lo occupa tutto):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Screen %1: %2, %3 × %4 (this laptop&apos;s main screen)</source>
        <translation>Schermo %1: %2, %3 × %4 (schermo principale di questo portatile)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screen %1: %2, %3 × %4</source>
        <translation>Schermo %1: %2, %3 × %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show in a &amp;window I can move instead</source>
        <translation>Mostra invece in una &amp;finestra spostabile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Present</source>
        <translation>&amp;Presenta</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../../action_planner/ui/shortcuts_page.py" line="+66"/>
        <source>Panels</source>
        <extracomment>Qt&apos;s codes from here on are a few keyboards&apos; dedicated media and application keys (Save, Undo, Copy …), which the platform adds to the standard shortcuts; Qt names them in words (&quot;Shift+Zachowaj&quot;, &quot;Cofnij&quot; in Polish) that read like a command&apos;s description, not like a key a planner can find on a laptop.</extracomment>
        <translation>Pannelli</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keyboard Shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alt with an underlined letter opens a menu or goes to a field. F10 reaches the menu bar.</source>
        <translation>Alt con una lettera sottolineata apre un menu o porta a un campo. F10 raggiunge la barra dei menu.</translation>
    </message>
</context>
<context>
    <name>SourceBars</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/charts.py" line="+103"/>
        <source>Budget by funding source</source>
        <translation>Budget per fonte di finanziamento</translation>
    </message>
</context>
<context>
    <name>ThemeChart</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/totals_chart.py" line="+34"/>
        <source>Budget by theme chart</source>
        <extracomment>One colour per theme, in catalogue order; distinct for the common colour-vision deficiencies.</extracomment>
        <translation>Grafico del budget per tema</translation>
    </message>
</context>
<context>
    <name>ThemeDoughnut</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/charts.py" line="-45"/>
        <source>Budget by theme</source>
        <extracomment>A part of a chart: its label, exact amount and colour (floats are made only for the painter).</extracomment>
        <translation>Budget per tema</translation>
    </message>
</context>
<context>
    <name>TimelineSlide</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/slide_timeline.py" line="+22"/>
        <source>Timeline</source>
        <translation>Cronoprogramma</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TIMELINE</source>
        <translation>CRONOPROGRAMMA</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline %1–%2</source>
        <translation>Cronoprogramma %1–%2</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/totals_panel.py" line="+52"/>
        <source>Reporting currency</source>
        <translation>Valuta di rendicontazione</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plan total</source>
        <translation>Totale del piano</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Funding</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reporting currency:</source>
        <translation>Valuta dei totali:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Select a plan to see its totals.</source>
        <translation>Seleziona un piano per vederne i totali.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan total: %1</source>
        <translation>Totale del piano: %1</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <location filename="../../../action_planner/ui/undo.py" line="+110"/>
        <source>&amp;Redo %1</source>
        <extracomment>The file under the window was deleted, moved or replaced: writing stopped (the reason).</extracomment>
        <translation>&amp;Ripeti: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annulla: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
</context>
<context>
    <name>WallMatrix</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/slide_board.py" line="-116"/>
        <source>Effort →</source>
        <extracomment>How many actions the ranking beside the matrix lists (the rest are counted under it).</extracomment>
        <translation>Sforzo →</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Impact →</source>
        <translation>Impatto →</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quick wins</source>
        <translation>Risultati rapidi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Major projects</source>
        <translation>Grandi progetti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fill-ins</source>
        <translation>Riempitivi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thankless tasks</source>
        <translation>Compiti ingrati</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../../action_planner/ui/welcome.py" line="+28"/>
        <source>Welcome — Action Planner</source>
        <translation>Benvenuto — Action Planner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action Planner</source>
        <translation>Action Planner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draft Interreg Europe action plans for SME internationalisation: regions, plans, actions from the catalogue, budgets, owners and KPIs. Everything is saved as you go.</source>
        <translation>Redigi piani d&apos;azione Interreg Europe per l&apos;internazionalizzazione delle PMI: regioni, piani, azioni dal catalogo, budget, responsabili e KPI. Tutto viene salvato mentre lavori.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nuova area di lavoro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Apri area di lavoro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;Demo</source>
        <translation>Apri la &amp;demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fresh workspace with the six Compete-In regions, one plan each</source>
        <translation>Una nuova area di lavoro con le sei regioni di Compete-In, un piano ciascuna</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Recent workspaces:</source>
        <translation>Aree di lavoro &amp;recenti:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent workspaces</source>
        <translation>Aree di lavoro recenti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No recent workspaces yet.</source>
        <translation>Ancora nessuna area di lavoro recente.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../../action_planner/ui/menus.py" line="+93"/>
        <location filename="../../../action_planner/ui/workshop/feature.py" line="+97"/>
        <source>&amp;Help</source>
        <translation>&amp;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Scorciatoie da tastiera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Action Planner…</source>
        <translation>&amp;Informazioni su Action Planner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the &amp;Menu Bar</source>
        <translation>Vai alla barra dei &amp;menu</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nuova area di lavoro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Demo Workspace</source>
        <translation>Apri area di lavoro &amp;demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to Tea&amp;m Workspace…</source>
        <translation>Connetti all&apos;area di lavoro del tea&amp;m…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;As…</source>
        <translation>Salva con n&amp;ome…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save O&amp;ffline Copy…</source>
        <translation>Salva c&amp;opia offline…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upload to Team Workspace…</source>
        <translation>Carica nell&apos;area di lavoro del &amp;team…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>&amp;Esporta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current Plan as &amp;Word…</source>
        <translation>Piano corrente in &amp;Word…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current Plan as &amp;Excel…</source>
        <translation>Piano corrente in &amp;Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current Plan as &amp;PDF…</source>
        <translation>Piano corrente in &amp;PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole Workspace as W&amp;ord…</source>
        <translation>Intera area di lavoro in W&amp;ord…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole Workspace as E&amp;xcel…</source>
        <translation>Intera area di lavoro in E&amp;xcel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole Workspace as P&amp;DF…</source>
        <translation>Intera area di lavoro in P&amp;DF…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Whole Workspace as Word with &amp;Contents…</source>
        <translation>Intera area di lavoro in Word con &amp;sommario…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Word document that begins with a table of contents</source>
        <translation>Un documento Word che inizia con il sommario</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../../action_planner/ui/review/feature.py" line="-80"/>
        <source>&amp;Import Catalogue…</source>
        <translation>&amp;Importa catalogo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Ca&amp;talogue…</source>
        <translation>Esporta cata&amp;logo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Chiudi area di lavoro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>E&amp;sci</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No recent workspaces</source>
        <translation>Nessuna area di lavoro recente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Plan</source>
        <translation>&amp;Piano</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xchange Rates…</source>
        <translation>&amp;Tassi di cambio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Indicator Library…</source>
        <translation>Libreria degli &amp;indicatori…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Funding Sources…</source>
        <translation>&amp;Fonti di finanziamento…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Action</source>
        <translation>&amp;Azione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Selected &amp;Intervention to Plan</source>
        <translation>Aggiungi l&apos;&amp;intervento selezionato al piano</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../../action_planner/ui/workshop/feature.py" line="-11"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actions</source>
        <translation>&amp;Azioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan &amp;Details</source>
        <translation>&amp;Dettagli del piano</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Go to &amp;Navigator</source>
        <translation>Vai al &amp;navigatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Catalogue</source>
        <translation>Vai al &amp;catalogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Ripristina layout</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/board_cards.py" line="+92"/>
        <source>One more vote for this action (+)</source>
        <translation>Un voto in più a favore di questa azione (+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more vote against this action (−)</source>
        <translation>Un voto in più contro questa azione (−)</translation>
    </message>
    <message>
        <location filename="../../../action_planner/ui/workshop/gantt.py" line="+71"/>
        <source>Timeline of the actions</source>
        <translation>Cronoprogramma delle azioni</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No action has a start and end date yet.</source>
        <translation>Nessuna azione ha ancora una data di inizio e di fine.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no dates yet</source>
        <translation>ancora senza date</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../../../action_planner/ui/workshop/board_scene.py" line="+50"/>
        <source>Quick wins</source>
        <extracomment>Quadrant tints: quick wins, major projects, fill-ins, thankless tasks.</extracomment>
        <translation>Risultati rapidi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Major projects</source>
        <translation>Grandi progetti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill-ins</source>
        <translation>Riempitivi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thankless tasks</source>
        <translation>Compiti ingrati</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Effort →</source>
        <translation>Sforzo →</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impact →</source>
        <translation>Impatto →</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unscored</source>
        <translation>Senza punteggio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag a card onto the matrix to score it; drag it back here to clear its scores.</source>
        <translation>Trascina una scheda sulla matrice per assegnarle un punteggio; riportala qui per azzerarlo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../action_planner/ui/workshop/wording.py" line="+31"/>
        <source>%n action</source>
        <translation>
            <numerusform>%n azione</numerusform>
            <numerusform>%n azioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n actions</source>
        <translation>
            <numerusform>%n azione</numerusform>
            <numerusform>%n azioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n in più</numerusform>
            <numerusform>+ %n in più</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>+ %n more change</source>
        <translation>
            <numerusform>+ %n altra modifica</numerusform>
            <numerusform>+ altre %n modifiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>+ %n more changes</source>
        <translation>
            <numerusform>+ %n altra modifica</numerusform>
            <numerusform>+ altre %n modifiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n earlier decision not shown</source>
        <translation>
            <numerusform>%n decisione precedente non mostrata</numerusform>
            <numerusform>%n decisioni precedenti non mostrate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n earlier decisions not shown</source>
        <translation>
            <numerusform>%n decisione precedente non mostrata</numerusform>
            <numerusform>%n decisioni precedenti non mostrate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>action</source>
        <comment>count</comment>
        <translation>
            <numerusform>azione</numerusform>
            <numerusform>azioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>actions</source>
        <comment>count</comment>
        <translation>
            <numerusform>azione</numerusform>
            <numerusform>azioni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>+%1 / −%2 (net %3)</source>
        <translation>+%1 / −%2 (saldo %3)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Added</source>
        <translation>Aggiunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Rimossa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renamed</source>
        <translation>Rinominata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board</source>
        <translation>Tabellone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>Voti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Budget line</source>
        <translation>Voce di budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilot action</source>
        <translation>Azione pilota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background</source>
        <translation>Contesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players</source>
        <translation>Soggetti coinvolti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Referente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact email</source>
        <translation>E-mail del referente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding source</source>
        <translation>Fonte di finanziamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Valore di base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>Data obiettivo</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>yes</source>
        <extracomment>Long texts are cut to this many characters on the slide (the editor holds the whole text).</extracomment>
        <translation>sì</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not on the board</source>
        <translation>non sul tabellone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>impact %1, effort %2</source>
        <translation>impatto %1, sforzo %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No decision</source>
        <translation>Nessuna decisione</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>new action, budget %1</source>
        <translation>nuova azione, budget %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>had a budget of %1</source>
        <translation>aveva un budget di %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>was “%1”</source>
        <translation>titolo precedente: “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nobody</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>line %1 added: %2</source>
        <translation>voce %1 aggiunta: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1 removed: %2</source>
        <translation>voce %1 rimossa: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1, %2: %3</source>
        <translation>voce %1, %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” added</source>
        <translation>“%1” aggiunto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” removed</source>
        <translation>“%1” rimosso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1”, %2: %3</source>
        <translation>“%1”, %2: %3</translation>
    </message>
</context>
<context>
    <name>WorkshopCommands</name>
    <message>
        <location filename="../../../action_planner/ui/commands/workshop.py" line="+25"/>
        <source>Move card</source>
        <translation>Sposta scheda</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Vote against</source>
        <translation>Vota contro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vote</source>
        <translation>Vota a favore</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Record decision</source>
        <translation>Registra decisione</translation>
    </message>
</context>
<context>
    <name>WorkshopFeature</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/feature.py" line="-43"/>
        <source>&amp;Workshop Mode</source>
        <translation>Modalità &amp;workshop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project the current plan full screen, live as you edit (F11 or Escape: a window)</source>
        <translation>Proietta il piano corrente a schermo intero, aggiornato mentre lo modifichi (F11 o Esc: in una finestra)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+74"/>
        <source>&amp;Start Workshop…</source>
        <translation>&amp;Avvia workshop…</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>&amp;End Workshop</source>
        <translation>T&amp;ermina workshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;Decision…</source>
        <translation>Registra &amp;decisione…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board on the &amp;Projector</source>
        <translation>Tabellone sul &amp;proiettore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project the prioritisation board full screen, at room size</source>
        <translation>Proietta il tabellone delle priorità a schermo intero, leggibile in sala</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prioritisation Board</source>
        <translation>Tabellone delle priorità</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prioritisation &amp;Board</source>
        <translation>&amp;Tabellone delle priorità</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workshop state</source>
        <translation>Stato del workshop</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Start &amp;Over…</source>
        <translation>&amp;Ricomincia…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Workshop started: every change from now on is listed under “Changes since the workshop started”.</source>
        <translation>Workshop avviato: da ora ogni modifica è elencata in “Modifiche dall&apos;inizio del workshop”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workshop ended.</source>
        <translation>Workshop terminato.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Workshop — %1</source>
        <translation>Workshop — %1</translation>
    </message>
</context>
<context>
    <name>WorkshopSession</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/session.py" line="+48"/>
        <source>Select a plan to run a workshop on it.</source>
        <translation>Seleziona un piano per svolgervi un workshop.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No workshop running.</source>
        <translation>Nessun workshop in corso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop running since %1.</source>
        <translation>Workshop in corso da %1.</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../../action_planner/ui/jobs.py" line="-41"/>
        <source>Something unexpected went wrong (%1). The details were written to the log file:
%2</source>
        <translation>Si è verificato un errore imprevisto (%1). I dettagli sono stati scritti nel file di log:
%2</translation>
    </message>
</context>
</TS>
