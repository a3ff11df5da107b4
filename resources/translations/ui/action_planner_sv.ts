<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../../action_planner/ui/about.py" line="+21"/>
        <source>About Action Planner</source>
        <translation>Om Action Planner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action Planner %1</source>
        <translation>Action Planner %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Regional action plans for SME internationalisation, offline.</source>
        <translation>Regionala handlingsplaner för små och medelstora företags internationalisering – även offline.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If something goes wrong, the details are written to this log file; send it along:</source>
        <translation>Om något går fel skrivs detaljerna till den här loggfilen – skicka med den:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log file</source>
        <translation>Loggfil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Log &amp;Folder</source>
        <translation>Öppna &amp;loggmappen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>ActionCommands</name>
    <message>
        <location filename="../../../action_planner/ui/commands/actions.py" line="+41"/>
        <source>Add action</source>
        <translation>Lägg till åtgärd</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add action from catalogue</source>
        <translation>Lägg till åtgärd från katalogen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duplicate action</source>
        <translation>Duplicera åtgärd</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Change players</source>
        <translation>Ändra medverkande aktörer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Move action</source>
        <translation>Flytta åtgärd</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete action</source>
        <translation>Ta bort åtgärd</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/action_editor.py" line="+41"/>
        <source>Change title</source>
        <translation>Ändra titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change theme</source>
        <translation>Ändra tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change status</source>
        <translation>Ändra status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change priority</source>
        <translation>Ändra prioritet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Change timeframe</source>
        <translation>Ändra tidsram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change pilot flag</source>
        <translation>Ändra pilotmarkering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change impact score</source>
        <translation>Ändra effektpoäng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change effort score</source>
        <translation>Ändra poäng för arbetsinsats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change background</source>
        <translation>Ändra bakgrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change description</source>
        <translation>Ändra beskrivning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change notes</source>
        <translation>Ändra anteckningar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Details</source>
        <translation>&amp;Detaljer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner and players</source>
        <translation>A&amp;nsvarig och aktörer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;KPIs</source>
        <translation>&amp;KPI:er</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+117"/>
        <source>Review comments</source>
        <translation>Granskningskommentarer</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Worth a look</source>
        <translation>Värt att titta på</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tit&amp;le:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The&amp;me:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priorit&amp;y:</source>
        <translation>Pri&amp;oritet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sta&amp;rt:</source>
        <translation>Startdat&amp;um:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;nd:</source>
        <translation>S&amp;lutdatum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pilot action (phase 2):</source>
        <translation>Pilotåtgärd (fas 2):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Impact (1–5):</source>
        <translation>&amp;Effekt (1–5):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effor&amp;t (1–5):</source>
        <translation>Arbets&amp;insats (1–5):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back&amp;ground (how the project led to it):</source>
        <translation>Bak&amp;grund (hur projektet ledde fram till den):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ction (what will be done):</source>
        <translation>Åtg&amp;ärd (vad som ska göras):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note&amp;s:</source>
        <translation>Ante&amp;ckningar:</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Review comments (%1)</source>
        <translation>Granskningskommentarer (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change owner</source>
        <translation>Ändra ansvarig</translation>
    </message>
</context>
<context>
    <name>ActionSlide</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/slide_action.py" line="+35"/>
        <source>Budget by funding source</source>
        <translation>Budget per finansieringskälla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicators: baseline → target</source>
        <translation>Indikatorer: basvärde → målvärde</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>ACTION %1 OF %2</source>
        <translation>ÅTGÄRD %1 AV %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeframe</source>
        <translation>Tidsram</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No indicators yet</source>
        <translation>Inga indikatorer ännu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Votes %1</source>
        <translation>Röster %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No decision yet</source>
        <translation>Inget beslut ännu</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../../action_planner/ui/action_columns.py" line="+48"/>
        <source>No.</source>
        <extracomment>Columns of figures, aligned right. The column headers in English, in column order (marked here for lupdate, translated by :func:`headers`).</extracomment>
        <translation>Nr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeframe</source>
        <translation>Tidsram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPIs</source>
        <translation>KPI:er</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/actions_panel.py" line="+38"/>
        <source>Filter actions by title, theme, owner or status</source>
        <translation>Filtrera åtgärder efter titel, tema, ansvarig eller status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter actions</source>
        <translation>Filtrera åtgärder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions of the plan</source>
        <translation>Planens åtgärder</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;New Action…</source>
        <translation>&amp;Ny åtgärd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dupli&amp;cate Action</source>
        <translation>&amp;Duplicera åtgärd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Action…</source>
        <translation>&amp;Ta bort åtgärd…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move Action &amp;Up</source>
        <translation>Flytta åtgärd &amp;uppåt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move Action Do&amp;wn</source>
        <translation>Flytta åtgärd n&amp;edåt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filter Actions</source>
        <translation>&amp;Filtrera åtgärder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Action</source>
        <translation>&amp;Redigera åtgärd</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Go to the actions</source>
        <translation>Gå till åtgärderna</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Select a plan under Regions and Plans, or add one (Plan ▸ Add Plan…, Ctrl+Shift+P).</source>
        <translation>Välj en plan under Regioner och planer, eller lägg till en (Plan ▸ Lägg till plan…, Ctrl+Shift+P).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No actions yet. Pick an intervention in the Catalogue (F7) and press Enter, or write your own (Action ▸ New Action…, Ctrl+Shift+N).</source>
        <translation>Inga åtgärder ännu. Välj en insats i katalogen (F7) och tryck på Enter, eller skriv en egen (Åtgärd ▸ Ny åtgärd…, Ctrl+Shift+N).</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>Add %n action(s) from catalogue</source>
        <translation>
            <numerusform>Lägg till %n åtgärd från katalogen</numerusform>
            <numerusform>Lägg till %n åtgärder från katalogen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New action</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action &amp;title:</source>
        <translation>Åtgärdens &amp;titel:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete action %1, “%2”, with its budget and KPIs? Edit ▸ Undo brings it back.</source>
        <translation>Vill du ta bort åtgärd %1, ”%2”, med dess budget och KPI:er? Redigera ▸ Ångra tar tillbaka den.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Delete action</source>
        <translation>Ta bort åtgärd</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>To reorder by dragging, sort by No. and clear the filter (or use Ctrl+Shift+Up/Down).</source>
        <translation>Om du vill ändra ordningen genom att dra: sortera efter Nr och töm filtret (eller använd Ctrl+Shift+Upp/Ned).</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <location filename="../../../action_planner/ui/advice.py" line="+12"/>
        <source>No owner yet: who leads this action? (Owner and players)</source>
        <translation>Ingen ansvarig ännu: vem leder den här åtgärden? (Ansvarig och aktörer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No KPI yet: how will progress be measured? (KPIs)</source>
        <translation>Ingen KPI ännu: hur ska framstegen mätas? (KPI:er)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The KPI “%1” has no target yet.</source>
        <translation>KPI:n ”%1” har inget målvärde ännu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget line %1 is for %2, before the action starts (%3).</source>
        <translation>Budgetrad %1 gäller %2, före åtgärdens start (%3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget line %1 is for %2, after the action ends (%3).</source>
        <translation>Budgetrad %1 gäller %2, efter åtgärdens slut (%3).</translation>
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
        <translation>Det går inte att öppna arbetsytan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open workspace</source>
        <translation>Öppna arbetsyta</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+28"/>
        <source>Action plans (*.actionplan)</source>
        <translation>Handlingsplaner (*.actionplan)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Write the address as postgresql://user@server/database.</source>
        <translation>Skriv adressen som postgresql://användare@server/databas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connect to Team Workspace</source>
        <translation>Anslut till delad arbetsyta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database address (the password comes from ~/.pgpass):</source>
        <translation>&amp;Databasadress (lösenordet hämtas från ~/.pgpass):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New workspace</source>
        <translation>Ny arbetsyta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create workspace</source>
        <translation>Det går inte att skapa arbetsytan</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Building the demo workspace…</source>
        <translation>Demoarbetsytan byggs…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot build the demo</source>
        <translation>Det går inte att bygga demon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspace in use</source>
        <translation>Arbetsytan används</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Read-Only</source>
        <translation>Öppna &amp;skrivskyddad</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot show workspace</source>
        <translation>Det går inte att visa arbetsytan</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/board_model.py" line="+30"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number in the plan</source>
        <translation>Nummer i planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes for</source>
        <translation>Röster för</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes against</source>
        <translation>Röster emot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes for minus votes against</source>
        <translation>Röster för minus röster emot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest decision</source>
        <translation>Senaste beslut</translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/board.py" line="+89"/>
        <source>Actions ranked by net votes</source>
        <translation>Åtgärder rangordnade efter nettoröster</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vote +</source>
        <translation>Rösta +</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One more vote for the selected action (+)</source>
        <translation>En röst till för den valda åtgärden (+)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vote −</source>
        <translation>Rösta −</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One more vote against the selected action (−)</source>
        <translation>En röst till mot den valda åtgärden (−)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide…</source>
        <translation>Besluta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a decision on the selected action (Enter)</source>
        <translation>Registrera ett beslut om den valda åtgärden (Enter)</translation>
    </message>
</context>
<context>
    <name>BoardSlide</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/slide_board.py" line="+166"/>
        <source>Impact and effort, and the votes</source>
        <translation>Effekt och arbetsinsats samt rösterna</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ranking by votes</source>
        <translation>Rangordning efter röster</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PRIORITISATION</source>
        <translation>PRIORITERING</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not on the board yet: %1</source>
        <translation>Ännu inte på tavlan: %1</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/board.py" line="-60"/>
        <source>Prioritisation board: impact by effort</source>
        <translation>Prioriteringstavla: effekt mot arbetsinsats</translation>
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
        <translation>Finansieringskälla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting</source>
        <translation>Rapportering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
</context>
<context>
    <name>BudgetCommands</name>
    <message>
        <location filename="../../../action_planner/ui/commands/budget.py" line="+19"/>
        <source>Add budget line</source>
        <translation>Lägg till budgetrad</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Change budget</source>
        <translation>Ändra budget</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete budget line</source>
        <translation>Ta bort budgetrad</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change reporting currency</source>
        <translation>Ändra rapporteringsvaluta</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/budget_editor.py" line="+47"/>
        <source>Budget lines</source>
        <translation>Budgetrader</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add &amp;line</source>
        <translation>&amp;Lägg till rad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move line</source>
        <translation>&amp;Ta bort rad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action total</source>
        <translation>Summa för åtgärden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget problems</source>
        <translation>Problem i budgeten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worth a look</source>
        <translation>Värt att titta på</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove budget line</source>
        <translation>Ta bort budgetrad</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Action total: %1</source>
        <translation>Summa för åtgärden: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Line %1, %2: %3</source>
        <translation>Rad %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>BudgetLinesModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/lines.py" line="+35"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding source</source>
        <translation>Finansieringskälla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
</context>
<context>
    <name>BudgetSlide</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/slide_budget.py" line="+27"/>
        <source>Budget by theme and by funding source</source>
        <translation>Budget per tema och per finansieringskälla</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>By theme</source>
        <translation>Per tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By funding source</source>
        <translation>Per finansieringskälla</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>BUDGET</source>
        <translation>BUDGET</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total %1</source>
        <translation>Summa %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 in the reporting currency</source>
        <translation>%1 i rapporteringsvalutan</translation>
    </message>
</context>
<context>
    <name>CatalogueBrowser</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/catalogue_browser.py" line="+48"/>
        <location line="+1"/>
        <source>Search the catalogue</source>
        <translation>Sök i katalogen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme filter</source>
        <translation>Temafilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All themes</source>
        <translation>Alla teman</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catalogue interventions</source>
        <translation>Katalogens insatser</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Intervention details</source>
        <translation>Insatsens detaljer</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>Add to Plan</source>
        <translation>Lägg till i plan</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Add the selected intervention as a new action (or drag it onto the table)</source>
        <translation>Lägg till den valda insatsen som en ny åtgärd (eller dra den till tabellen)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New…</source>
        <translation>Ny…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an intervention to the catalogue</source>
        <translation>Lägg till en insats i katalogen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected intervention (or double-click it)</source>
        <translation>Ändra den valda insatsen (eller dubbelklicka på den)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected intervention from the catalogue (undoable)</source>
        <translation>Ta bort den valda insatsen från katalogen (kan ångras)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+75"/>
        <source>Delete Intervention</source>
        <translation>Ta bort insats</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Go to the interventions</source>
        <translation>Gå till insatserna</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>No intervention matches the search.</source>
        <translation>Ingen insats matchar sökningen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Typical duration:</source>
        <translation>Typisk varaktighet:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Typical cost:</source>
        <translation>Typisk kostnad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost facts:</source>
        <translation>Kostnadsuppgifter:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested KPIs:</source>
        <translation>Föreslagna KPI:er:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: %1</source>
        <translation>Källa: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1–%n month(s)</source>
        <comment>a typical duration from %1 to %n months</comment>
        <translation>
            <numerusform>%1–%n månad</numerusform>
            <numerusform>%1–%n månader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n månad</numerusform>
            <numerusform>%n månader</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueCommands</name>
    <message>
        <location filename="../../../action_planner/ui/commands/catalogue.py" line="+75"/>
        <source>Add intervention</source>
        <translation>Lägg till insats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change intervention</source>
        <translation>Ändra insats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete intervention</source>
        <translation>Ta bort insats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The intervention %1 is no longer in the catalogue.</source>
        <translation>Insatsen %1 finns inte längre i katalogen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add indicator</source>
        <translation>Lägg till indikator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change indicator</source>
        <translation>Ändra indikator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete indicator</source>
        <translation>Ta bort indikator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The indicator %1 is no longer in the library.</source>
        <translation>Indikatorn %1 finns inte längre i biblioteket.</translation>
    </message>
</context>
<context>
    <name>CatalogueFiles</name>
    <message>
        <location filename="../../../action_planner/ui/catalogue_files.py" line="+32"/>
        <source>Catalogue files (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Katalogfiler (*.csv *.xlsx);;CSV-filer (*.csv);;Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Catalogue</source>
        <translation>Exportera katalog</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the catalogue to “%1”…</source>
        <translation>Katalogen skrivs till ”%1”…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalogue was written to “%1”.</source>
        <translation>Katalogen skrevs till ”%1”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Import Catalogue</source>
        <translation>Importera katalog</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Import “%1”?

Importing adds or updates entries by code; it cannot be undone.</source>
        <translation>Vill du importera ”%1”?

Importen lägger till eller uppdaterar poster efter kod och kan inte ångras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing “%1”…</source>
        <translation>”%1” importeras…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The catalogue was imported.</source>
        <translation>Katalogen har importerats.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interventions: %1 added, %2 updated.</source>
        <translation>Insatser: %1 tillagda, %2 uppdaterade.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicators: %1 added, %2 updated.</source>
        <translation>Indikatorer: %1 tillagda, %2 uppdaterade.</translation>
    </message>
</context>
<context>
    <name>ChangesSlide</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/slide_logs.py" line="+71"/>
        <source>Changes since the workshop started</source>
        <translation>Ändringar sedan workshoppen började</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>NO WORKSHOP RUNNING</source>
        <translation>INGEN WORKSHOP PÅGÅR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a workshop (Workshop ▸ Start Workshop) to follow what the room changes.</source>
        <translation>Starta en workshop (Workshop ▸ Starta workshop) för att följa vad deltagarna ändrar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SINCE %1</source>
        <translation>SEDAN %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has changed yet.</source>
        <translation>Inget har ändrats ännu.</translation>
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
        <translation>Granskningskommentarer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No partner has commented on this action yet. Use File ▸ Send for Review…</source>
        <translation>Ingen partner har kommenterat den här åtgärden ännu. Använd Arkiv ▸ Skicka för granskning…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../../action_planner/ui/conflict_dialog.py" line="+54"/>
        <source>Changed by another planner</source>
        <translation>Ändrat av en annan planerare</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another planner changed %1 while you were editing it. Nothing was saved yet: choose what to keep.</source>
        <translation>En annan planerare ändrade %1 medan du redigerade. Inget har sparats ännu: välj vad som ska behållas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When you started</source>
        <translation>När du började</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs (saved now)</source>
        <translation>Deras (sparat nu)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>Dina</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mer&amp;ged text (edit it, then Save Merged):</source>
        <translation>&amp;Sammanfogad text (redigera den och välj sedan Spara sammanfogad):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep &amp;Theirs</source>
        <translation>Behåll &amp;deras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep &amp;Mine</source>
        <translation>Behåll &amp;mina</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save Merged</source>
        <translation>S&amp;para sammanfogad</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>That row no longer exists (another planner deleted it).</source>
        <translation>Raden finns inte längre (en annan planerare tog bort den).</translation>
    </message>
</context>
<context>
    <name>ContinueDialog</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/session.py" line="+20"/>
        <source>A workshop on this plan has been running since %1. Continue it, or start a new one?</source>
        <translation>En workshop om den här planen pågår sedan %1. Vill du fortsätta den eller starta en ny?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start workshop</source>
        <translation>Starta workshop</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;New</source>
        <translation>Börja &amp;om</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/inputs.py" line="+81"/>
        <source>e.g. %1 or %2</source>
        <extracomment>Where an empty field&apos;s calendar opens (asked when it opens: the action&apos;s or the plan&apos;s period).</extracomment>
        <translation>t.ex. %1 eller %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Välj i en kalender (Alt+Ned)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is not a date: type it as %2 or %3.</source>
        <translation>”%1” är inget datum: skriv det som %2 eller %3.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/decisions.py" line="+37"/>
        <source>Record a decision</source>
        <extracomment>Called with the decision and the note when the facilitator presses Record.</extracomment>
        <translation>Registrera ett beslut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action %1: %2</source>
        <translation>Åtgärd %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Note (who, what was agreed, what is still open):</source>
        <translation>&amp;Anteckning (vem, vad som beslutades, vad som fortfarande är öppet):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision note</source>
        <translation>Beslutsanteckning</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Record</source>
        <translation>&amp;Registrera</translation>
    </message>
</context>
<context>
    <name>DecisionsSlide</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/slide_logs.py" line="-63"/>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No decisions recorded yet.</source>
        <translation>Inga beslut registrerade ännu.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>DECISIONS LOG · %n RECORDED</source>
        <translation>
            <numerusform>BESLUTSLOGG · %n REGISTRERAT</numerusform>
            <numerusform>BESLUTSLOGG · %n REGISTRERADE</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../../action_planner/ui/document.py" line="+136"/>
        <source>Write the address as postgresql://user@server/database.</source>
        <extracomment>How often a read-only window looks whether the writer committed (ms). What a refresh after another program&apos;s commit reports when it cannot say what changed. How often a team workspace&apos;s window looks for other planners&apos; commits (ms): &quot;within a second&quot;. Emitted once the writer of a read-only window committed, after the views were told to refresh. Emitted once when the file was deleted, moved or replaced while open (the reason): nothing more is written to it, and the window offers to save what it shows as a new file. Emitted when a team workspace&apos;s server stops or starts being reachable (True once it is back, after the views read everything again). The workspace&apos;s funding sources, read again (before any view refreshes) when the list changes.</extracomment>
        <translation>Skriv adressen som postgresql://användare@server/databas.</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../../action_planner/ui/entry_editor.py" line="+59"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ExportDoneDialog</name>
    <message>
        <location filename="../../../action_planner/ui/export_runner.py" line="+33"/>
        <source>The export was saved as
%1</source>
        <extracomment>Formats offered in the menu before the exporters are loaded (they import heavy libraries).</extracomment>
        <translation>Exporten sparades som
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export finished</source>
        <translation>Exporten är klar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <location line="+26"/>
        <source>Export as Word document</source>
        <translation>Exportera som Word-dokument</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word document (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as Excel workbook</source>
        <translation>Exportera som Excel-arbetsbok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as PDF document</source>
        <translation>Exportera som PDF-dokument</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Exporting to %1…</source>
        <translation>Exporterar till %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
</context>
<context>
    <name>FormBinder</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/forms.py" line="+106"/>
        <source>not scored</source>
        <extracomment>``commit({field: value})`` stores the values and returns the refusals (field -&gt; message), empty if stored.</extracomment>
        <translation>ej bedömd</translation>
    </message>
</context>
<context>
    <name>FundingSourceCommands</name>
    <message>
        <location filename="../../../action_planner/ui/commands/funding.py" line="+19"/>
        <source>Add funding source</source>
        <translation>Lägg till finansieringskälla</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rename funding source</source>
        <translation>Byt namn på finansieringskälla</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move funding source</source>
        <translation>Flytta finansieringskälla</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove funding source</source>
        <translation>Ta bort finansieringskälla</translation>
    </message>
</context>
<context>
    <name>FundingSourcesDialog</name>
    <message>
        <location filename="../../../action_planner/ui/funding_dialog.py" line="+43"/>
        <source>Funding Sources</source>
        <translation>Finansieringskällor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Budget lines choose their funding source from this list. The built-in sources are shown in your language; a source that a budget line names cannot be removed.</source>
        <translation>Budgetraderna väljer sin finansieringskälla ur den här listan. De inbyggda källorna visas på ditt språk; en källa som anges på en budgetrad kan inte tas bort.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Funding source problem</source>
        <translation>Problem med finansieringskällan</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Funding sources</source>
        <translation>Finansieringskällor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove Funding Source</source>
        <translation>Ta bort finansieringskälla</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. UK Shared Prosperity Fund</source>
        <translation>t.ex. regionalt företagsstöd från Tillväxtverket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;Up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;Down</source>
        <translation>Flytta n&amp;er</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
</context>
<context>
    <name>FundingSourcesModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/funding.py" line="+30"/>
        <source>Funding source</source>
        <translation>Finansieringskälla</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Built in (shown in your language)</source>
        <translation>Inbyggd (visas på ditt språk)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added here</source>
        <translation>Tillagd här</translation>
    </message>
</context>
<context>
    <name>GlanceView</name>
    <message>
        <location filename="../../../action_planner/ui/glance_view.py" line="+42"/>
        <source>Regions and plans</source>
        <extracomment>The work waits at most this long for the first paint (a window shown minimised may never paint).</extracomment>
        <translation>Regioner och planer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Actions of the plan</source>
        <translation>Planens åtgärder</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Regions and Plans</source>
        <translation>Regioner och planer</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <location filename="../../../action_planner/ui/indicator_editor.py" line="+27"/>
        <source>New Indicator</source>
        <translation>Ny indikator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Indicator</source>
        <translation>Redigera indikator</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An indicator with this code is already in the library.</source>
        <translation>Det finns redan en indikator med den här koden i biblioteket.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. EXP-01</source>
        <translation>t.ex. EXP-01</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. enterprises</source>
        <translation>t.ex. företag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Interreg Europe programme indicator</source>
        <translation>t.ex. programindikator för Interreg Europe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sou&amp;rce:</source>
        <translation>Käll&amp;a:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
</context>
<context>
    <name>IndicatorPickerDialog</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/indicator_picker.py" line="+53"/>
        <source>&amp;Search the indicator library:</source>
        <translation>&amp;Sök i indikatorbiblioteket:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search indicators</source>
        <translation>Sök indikatorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. RCO02, exporters, enterprises</source>
        <translation>t.ex. RCO02, exportörer, företag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Matching indicators</source>
        <translation>Matchande indikatorer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Choose an indicator from the list.</source>
        <translation>Välj en indikator i listan.</translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/catalogue.py" line="+89"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>InterventionEditor</name>
    <message>
        <location filename="../../../action_planner/ui/catalogue_editor.py" line="+47"/>
        <source>New Intervention</source>
        <translation>Ny insats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Intervention</source>
        <translation>Redigera insats</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An intervention with this code is already in the catalogue.</source>
        <translation>Det finns redan en insats med den här koden i katalogen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. INT-21</source>
        <translation>t.ex. INT-21</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>from</source>
        <translation>från</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <location line="+10"/>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>lowest</source>
        <translation>lägst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>highest</source>
        <translation>högst</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. RCO01; RCO04</source>
        <translation>t.ex. RCO01; RCO04</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uration (months):</source>
        <translation>&amp;Varaktighet (månader):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortest duration in months</source>
        <translation>Kortaste varaktighet i månader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest duration in months</source>
        <translation>Längsta varaktighet i månader</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Typical c&amp;ost:</source>
        <translation>&amp;Typisk kostnad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lowest typical cost</source>
        <translation>Lägsta typiska kostnad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest typical cost</source>
        <translation>Högsta typiska kostnad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost currency</source>
        <translation>Kostnadens valuta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost &amp;facts:</source>
        <translation>Kostnads&amp;uppgifter:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost facts</source>
        <translation>Kostnadsuppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sou&amp;rce:</source>
        <translation>Käll&amp;a:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested &amp;indicators:</source>
        <translation>Föreslagna &amp;indikatorer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested indicators</source>
        <translation>Föreslagna indikatorer</translation>
    </message>
</context>
<context>
    <name>InterventionsModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/catalogue.py" line="-63"/>
        <source>Intervention</source>
        <translation>Insats</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../../action_planner/ui/jobs.py" line="+149"/>
        <source>Another job is still running; start this one when it has finished.</source>
        <translation>Ett annat jobb pågår fortfarande; starta det här när det är klart.</translation>
    </message>
</context>
<context>
    <name>KpiCommands</name>
    <message>
        <location filename="../../../action_planner/ui/commands/kpis.py" line="+22"/>
        <source>Add KPI</source>
        <translation>Lägg till KPI</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change KPI</source>
        <translation>Ändra KPI</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete KPI</source>
        <translation>Ta bort KPI</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Correct KPI value</source>
        <translation>Korrigera KPI-värde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record KPI value</source>
        <translation>Registrera KPI-värde</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove KPI value</source>
        <translation>Ta bort KPI-värde</translation>
    </message>
</context>
<context>
    <name>KpiEditor</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/kpi_editor.py" line="+45"/>
        <source>KPIs</source>
        <translation>KPI:er</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add KP&amp;I…</source>
        <translation>&amp;Lägg till KPI…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change indicator…</source>
        <translation>Byt &amp;indikator…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move KPI</source>
        <translation>&amp;Ta bort KPI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KPI problems</source>
        <translation>Problem med KPI:er</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove KPI</source>
        <translation>Ta bort KPI</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Values measured for the selected KPI</source>
        <translation>Uppmätta värden för den valda KPI:n</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Record value…</source>
        <translation>Registrera &amp;mätvärde…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove va&amp;lue</source>
        <translation>Ta b&amp;ort mätvärde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove value</source>
        <translation>Ta bort mätvärde</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Values measured for “%1”:</source>
        <translation>Uppmätta värden för ”%1”:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Values measured:</source>
        <translation>Uppmätta värden:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The KPI is no longer there (it may have been removed).</source>
        <translation>KPI:n finns inte längre (den kan ha tagits bort).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>KPI %1, %2: %3</source>
        <translation>KPI %1, %2: %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add KPI</source>
        <translation>Lägg till KPI</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change indicator</source>
        <translation>Byt indikator</translation>
    </message>
</context>
<context>
    <name>KpisModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/lines.py" line="+35"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Basvärde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>Måldatum</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../../action_planner/model/enums.py" line="+30"/>
        <source>Investment for Growth and Jobs programme</source>
        <translation>Program inom Investering för tillväxt och sysselsättning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>European Territorial Cooperation programme</source>
        <translation>Program för europeiskt territoriellt samarbete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other regional development policy instrument</source>
        <translation>Annat policyinstrument för regional utveckling</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>Under granskning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endorsed</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delayed</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Inställd</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Medel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ERDF / Interreg</source>
        <translation>Eruf / Interreg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National</source>
        <translation>Nationell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional</source>
        <translation>Regional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipal</source>
        <translation>Kommunal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Agreed</source>
        <translation>Beslutad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To revisit</source>
        <translation>Tas upp igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parked</source>
        <translation>Vilande</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Output</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultat</translation>
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
        <translation>Öppnar %1…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan details</source>
        <translation>Planuppgifter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regions and Plans</source>
        <translation>Regioner och planer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Totals</source>
        <translation>Summor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved state</source>
        <translation>Sparstatus</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All changes saved</source>
        <translation>Alla ändringar sparade</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (read-only) — Action Planner</source>
        <translation>%1 (skrivskyddad) — Action Planner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>Skrivskyddad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read-only: another window or program is writing to this workspace. Its changes appear here as they are saved.</source>
        <translation>Skrivskyddad: ett annat fönster eller program skriver till den här arbetsytan. Dess ändringar visas här när de sparas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (no longer on disk) — Action Planner</source>
        <translation>%1 (finns inte längre på disken) — Action Planner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As…</source>
        <translation>Spara som…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workspace file gone</source>
        <translation>Arbetsytans fil saknas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace file is gone; use Save As to keep these plans.</source>
        <translation>Arbetsytans fil finns inte längre; använd Spara som för att behålla planerna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: the file is gone</source>
        <translation>Inte sparat: filen saknas</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Connected to the server again; the plans show its latest state.</source>
        <translation>Ansluten till servern igen; planerna visar dess senaste läge.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Server unreachable</source>
        <translation>Servern kan inte nås</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The server cannot be reached. The window keeps what it shows and tries again every second; edits are refused until it is back, and nothing is reported as saved that the server did not store.</source>
        <translation>Servern kan inte nås. Fönstret behåller det som visas och försöker igen varje sekund. Ändringar avvisas tills servern är tillbaka, och inget som servern inte har lagrat visas som sparat.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This plan holds a damaged value; choose another plan.</source>
        <translation>Planen innehåller ett skadat värde; välj en annan plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Damaged value</source>
        <translation>Skadat värde</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Save a copy as</source>
        <translation>Spara en kopia som</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action plans (*.actionplan)</source>
        <translation>Handlingsplaner (*.actionplan)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save As</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved a copy as %1</source>
        <translation>En kopia sparades som %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Uploaded to %1</source>
        <translation>Uppladdat till %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upload to Team Workspace</source>
        <translation>Ladda upp till delad arbetsyta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Empty database to copy every plan into (postgresql://user@server/database):</source>
        <translation>&amp;Tom databas att kopiera alla planer till (postgresql://användare@server/databas):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a plan to export first.</source>
        <translation>Välj först en plan att exportera.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Indicator Library</source>
        <translation>Indikatorbibliotek</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/measure_dialog.py" line="+27"/>
        <source>Correct KPI Value</source>
        <extracomment>``store(measured_on, value typed, note)`` returns None when recorded, else why not.</extracomment>
        <translation>Korrigera KPI-värde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record KPI Value</source>
        <translation>Registrera KPI-värde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 12 or %1</source>
        <translation>t.ex. 12 eller %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source or remark (optional)</source>
        <translation>källa eller kommentar (valfritt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Measured on:</source>
        <translation>&amp;Mätt den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Value (%1):</source>
        <translation>&amp;Värde (%1):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Value:</source>
        <translation>&amp;Värde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type the date the value was measured on.</source>
        <translation>Ange det datum då värdet mättes.</translation>
    </message>
</context>
<context>
    <name>MeasuredModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/lines.py" line="+66"/>
        <source>Measured on</source>
        <translation>Mätt den</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Framsteg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <location filename="../../../action_planner/model/catalogue.py" line="+93"/>
        <source>“%1” may only hold letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <extracomment>Columns of a catalogue file, in order (CSV header and XLSX sheet headers). Separator of indicator codes inside the ``suggested_indicators`` column.</extracomment>
        <translation>”%1” får bara innehålla bokstäver, siffror, &apos;-&apos;, &apos;_&apos; och &apos;.&apos;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a whole number of months.</source>
        <translation>”%1” är inte ett helt antal månader.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A duration is between 1 and 240 months.</source>
        <translation>En varaktighet är mellan 1 och 240 månader.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../../action_planner/model/services/base.py" line="+105"/>
        <source>“%1” is not a theme (choose one of: %2).</source>
        <translation>”%1” är inte ett tema (välj något av: %2).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>List indicator codes separated by semicolons, e.g. %1.</source>
        <translation>Ange indikatorkoderna åtskilda med semikolon, till exempel %1.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The highest typical cost is below the lowest.</source>
        <translation>Den högsta typiska kostnaden är lägre än den lägsta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The longest duration is shorter than the shortest.</source>
        <translation>Den längsta varaktigheten är kortare än den kortaste.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>“%1” is not a theme.</source>
        <extracomment>Rows per INSERT ... RETURNING of new interventions (each an executemany of SQLite&apos;s multi-row VALUES).</extracomment>
        <translation>”%1” är inte ett tema.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Not in the indicator library: %1. Add them first.</source>
        <translation>
            <numerusform>Finns inte i indikatorbiblioteket: %1. Lägg till den först.</numerusform>
            <numerusform>Finns inte i indikatorbiblioteket: %1. Lägg till dem först.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/errors.py" line="+57"/>
        <source>Cannot open “%1”: %2</source>
        <translation>Det går inte att öppna ”%1”: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>“%1” holds %n damaged value(s) that cannot be read:</source>
        <translation>
            <numerusform>”%1” innehåller %n skadat värde som inte kan läsas:</numerusform>
            <numerusform>”%1” innehåller %n skadade värden som inte kan läsas:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed, and the rest of the workspace can still be used; correct the value with a copy of the file from before it was damaged.</source>
        <translation>Inget ändrades, och resten av arbetsytan kan fortfarande användas; rätta värdet med en kopia av filen från innan den skadades.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nothing was saved to “%1”: %2</source>
        <extracomment>The window&apos;s sentences: the heading, each damaged value on its own line, then what to do.</extracomment>
        <translation>Inget sparades i ”%1”: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>it is already open for writing %1. Open it read-only, or close it there first.</source>
        <translation>den är redan öppen för skrivning %1. Öppna den skrivskyddad, eller stäng den där först.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Another planner changed %1 (%2) since this window showed it; nothing was saved.</source>
        <translation>En annan planerare har ändrat %1 (%2) sedan det här fönstret visade det; inget sparades.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/fileformat.py" line="+34"/>
        <source>the path leads nowhere (%1).</source>
        <extracomment>SQLite ``application_id`` of every workspace (&quot;APLN&quot;). ``user_version`` written by the newest migration; a file above it is from a newer app. How long an action waits for another program&apos;s lock before giving up (ms).</extracomment>
        <translation>sökvägen leder ingenstans (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the path could not be followed (%1).</source>
        <translation>sökvägen gick inte att följa (%1).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the file does not exist.</source>
        <translation>filen finns inte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a folder, not a workspace file.</source>
        <translation>det är en mapp, inte en arbetsytefil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>you do not have permission to read it.</source>
        <translation>du har inte behörighet att läsa den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it could not be read (%1).</source>
        <translation>den gick inte att läsa (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is empty.</source>
        <translation>filen är tom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not an Action Planner workspace (not a SQLite database).</source>
        <translation>det är inte en arbetsyta för Action Planner (inte en SQLite-databas).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is a SQLite database from another application, not an Action Planner workspace.</source>
        <translation>det är en SQLite-databas från ett annat program, inte en arbetsyta för Action Planner.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it was saved by a newer version of Action Planner (file format %1; this version reads up to %2). Update Action Planner to open it.</source>
        <translation>den sparades av en nyare version av Action Planner (filformat %1; den här versionen läser upp till %2). Uppdatera Action Planner för att öppna den.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/money.py" line="+50"/>
        <source>Choose a currency.</source>
        <extracomment>The rounding rule, stated once: every amount is rounded to its currency&apos;s minor unit, half away from zero (&quot;commercial rounding&quot;), as soon as it is entered or converted. Totals add rounded amounts, so every total equals the sum of its parts to the cent. Largest amount accepted for one budget line (a sanity bound, not a policy). Decimal places of an exchange rate (InforEuro publishes 4; central banks up to 6). Rates and intermediate products are computed at this precision before rounding.</extracomment>
        <translation>Välj en valuta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not an ISO 4217 currency code (for example %2).</source>
        <translation>”%1” är inte en valutakod enligt ISO 4217 (till exempel %2).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Amounts must be exact; enter the figure as text, not as a float.</source>
        <translation>Belopp måste vara exakta; ange beloppet som text, inte som ett flyttal.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Enter an amount as a number, for example 12500.00.</source>
        <translation>Ange ett belopp som ett tal, till exempel 12500.00.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An amount cannot be negative.</source>
        <translation>Ett belopp får inte vara negativt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That amount is too large (the limit is one trillion).</source>
        <translation>Beloppet är för stort (gränsen är en biljon).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 amounts are in whole units.</source>
        <translation>Belopp i %1 anges i hela enheter.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 amounts have at most %n decimal place(s).</source>
        <translation>
            <numerusform>Belopp i %1 har högst %n decimal.</numerusform>
            <numerusform>Belopp i %1 har högst %n decimaler.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter an amount.</source>
        <translation>Ange ett belopp.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use a point for decimals, for example 12500.50.</source>
        <translation>Använd punkt som decimaltecken, till exempel 12500.50.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the rate as text, for example 11.2345.</source>
        <translation>Ange kursen som text, till exempel 11.2345.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The rate must be a number, for example 11.2345.</source>
        <translation>Kursen måste vara ett tal, till exempel 11.2345.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rate must be a positive number.</source>
        <translation>Kursen måste vara ett positivt tal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That rate is out of any plausible range.</source>
        <translation>Kursen ligger utanför alla rimliga intervall.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Give the rate with at most %n decimal place(s).</source>
        <translation>
            <numerusform>Ange kursen med högst %n decimal.</numerusform>
            <numerusform>Ange kursen med högst %n decimaler.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No exchange rate from %1 to %2: add one under Plan ▸ Exchange Rates.</source>
        <translation>Ingen växelkurs från %1 till %2: lägg till en under Plan ▸ Växelkurser.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/refusals.py" line="+34"/>
        <source>another program kept the file locked for too long. Try again in a moment, or close it there.</source>
        <translation>ett annat program höll filen låst för länge. Försök igen om en stund, eller stäng den i det programmet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the disk is full. Free some space and try again.</source>
        <translation>disken är full. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file became read-only. Check its permissions or the drive, then try again.</source>
        <translation>filen blev skrivskyddad. Kontrollera filens behörigheter eller enheten och försök sedan igen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the drive reported a read or write error. Check the drive, then try again.</source>
        <translation>enheten rapporterade ett läs- eller skrivfel. Kontrollera enheten och försök sedan igen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is damaged. Save a copy with File › Save As and check it.</source>
        <translation>filen är skadad. Spara en kopia med Arkiv › Spara som och kontrollera den.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/server.py" line="+78"/>
        <source>this region&apos;s plans belong to another agency; your role may not change them.</source>
        <extracomment>The channel every team workspace announces its commits on (one database per workspace). PostgreSQL&apos;s limit for a NOTIFY payload is 8,000 bytes; a larger change is announced as &quot;everything&quot;. How long a write waits for a row another planner is changing, before it is refused as busy. After a lost connection, how long to wait between tries to listen again (seconds).</extracomment>
        <translation>regionens planer tillhör en annan myndighet; din roll får inte ändra dem.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>your role on the server may not make this change (ask the workspace&apos;s owner for editor rights).</source>
        <translation>din roll på servern får inte göra den här ändringen (be arbetsytans ägare om redigeringsbehörighet).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>another planner was changing the same rows. Try again in a moment.</source>
        <translation>en annan planerare ändrade samma rader. Försök igen om en stund.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server&apos;s disk is full. Tell the server&apos;s administrator.</source>
        <translation>serverns disk är full. Meddela serverns administratör.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server could not be reached. Check the network; the window keeps what it shows and retries.</source>
        <translation>servern gick inte att nå. Kontrollera nätverket; fönstret behåller det som visas och försöker igen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the database is empty. Upload a workspace to it (File › Upload to Team Workspace… or action-planner copy FILE URL), or create a new one in it.</source>
        <translation>databasen är tom. Ladda upp en arbetsyta till den (Arkiv › Ladda upp till teamets arbetsyta… eller action-planner copy FILE URL), eller skapa en ny i den.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the database holds tables that are not an Action Planner workspace.</source>
        <translation>databasen innehåller tabeller som inte hör till en arbetsyta för Action Planner.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its format “%1” is not one Action Planner wrote.</source>
        <translation>dess format ”%1” är inte ett som Action Planner har skrivit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it was written by a newer version of Action Planner (format %1).</source>
        <translation>den skrevs av en nyare version av Action Planner (format %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it lacks the workspace tables %1.</source>
        <translation>den saknar arbetsytans tabeller %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>your role on the server may not read this workspace.</source>
        <translation>din roll på servern får inte läsa den här arbetsytan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server refused the connection (%1).</source>
        <translation>servern vägrade anslutningen (%1).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>it is in the older format %1; upgrading changes it for every planner. Keep a dump first (%2), then open it again and confirm the upgrade (%3).</source>
        <translation>den har det äldre formatet %1; en uppgradering ändrar den för alla planerare. Spara först en dump (%2), öppna den sedan igen och bekräfta uppgraderingen (%3).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the database is not empty; a new workspace needs an empty one.</source>
        <translation>databasen är inte tom; en ny arbetsyta kräver en tom databas.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>your role on the server lets you read this workspace, not change it.</source>
        <translation>din roll på servern låter dig läsa den här arbetsytan, men inte ändra den.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/actions.py" line="+144"/>
        <source>Name the person responsible first: the e-mail address is theirs.</source>
        <extracomment>Editable action fields with their checks. Owner fields take names (created when new). Fields stored as they are cleaned (theme and owner go through lookups).</extracomment>
        <translation>Ange först den ansvariga personen: e-postadressen är hens.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+162"/>
        <source>action %1 “%2”</source>
        <translation>åtgärd %1 ”%2”</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+367"/>
        <location filename="../../../action_planner/model/services/base.py" line="-77"/>
        <source>That action no longer exists (it may have been deleted).</source>
        <extracomment>Fields that are columns of the action itself, shown as they are stored (no neighbour to look up).
----------
What :func:`get_or_fail` says of each kind of record that is no longer there, one whole sentence each.</extracomment>
        <translation>Den åtgärden finns inte längre (den kan ha tagits bort).</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>Choose a position from %1 to %2.</source>
        <translation>Välj en position från %1 till %2.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>“%1” is listed twice; give it one role.</source>
        <translation>”%1” finns med två gånger; ge den en enda roll.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/budget.py" line="+181"/>
        <source>a budget line of action %1 “%2”</source>
        <extracomment>What the totals read of a budget line: its action, the action&apos;s theme, source, year, amount and currency.</extracomment>
        <translation>en budgetrad i åtgärd %1 ”%2”</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>A rate links two different currencies.</source>
        <translation>En kurs förbinder två olika valutor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the date the rate is valid from.</source>
        <translation>Ange från vilket datum kursen gäller.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/kpis.py" line="+43"/>
        <source>“%1” is not in the indicator library; add it there first, or name a custom KPI.</source>
        <translation>”%1” finns inte i indikatorbiblioteket; lägg först till den där, eller namnge en egen KPI.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the date the value was measured.</source>
        <translation>Ange datumet då värdet mättes.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name a custom KPI, or pick an indicator from the library.</source>
        <extracomment>Library units that mean &quot;money in the plan&apos;s currency&quot; (the ERDF indicators count euros).</extracomment>
        <translation>Namnge en egen KPI, eller välj en indikator ur biblioteket.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the KPI “%1”</source>
        <translation>KPI:n ”%1”</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/reviews.py" line="+138"/>
        <source>Choose at least one plan to send for review.</source>
        <translation>Välj minst en plan att skicka på granskning.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This workspace never sent review round %1.</source>
        <translation>Den här arbetsytan har aldrig skickat granskningsomgång %1.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 and %2 propose different values for the same field; accept one of them.</source>
        <translation>%1 och %2 föreslår olika värden för samma fält; godta bara ett av dem.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Review round %1 is closed; its proposals can no longer be applied.</source>
        <translation>Granskningsomgång %1 är stängd; dess förslag kan inte längre tillämpas.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>An action the review changes was deleted since; reject its proposals.</source>
        <translation>En åtgärd som granskningen ändrar har tagits bort sedan dess; avvisa dess förslag.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/workshops.py" line="+338"/>
        <location line="+35"/>
        <source>Votes are whole numbers from %1 to %2.</source>
        <extracomment>Largest number of dots one action can hold (a sanity bound for a room of people). The action&apos;s own fields compared besides title, owner and total, in the order the editor shows them.</extracomment>
        <translation>Röster anges som heltal från %1 till %2.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Votes are whole numbers.</source>
        <translation>Röster är heltal.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../action_planner/model/team.py" line="+166"/>
        <source>The workspace has no region %1 (its regions: %2).</source>
        <extracomment>Which region a row of each plan-owned table belongs to: (table, guard function, its column). The functions the policies call. SECURITY DEFINER, so that a planner need not read ``team_regions``&apos; rows of others; ``session_user`` is the planner&apos;s login. A parent that is not found is being deleted in the same statement (its own guard decided), so its rows follow it; a missing plan of a rate is a workspace-wide rate, which only an editor of every region changes.</extracomment>
        <translation>
            <numerusform>Arbetsytan har ingen region %1 (dess regioner: %2).</numerusform>
            <numerusform>Arbetsytan har inga regioner %1 (dess regioner: %2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1” is not a role (choose %2 or %3).</source>
        <translation>”%1” är inte en roll (välj %2 eller %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only an editor is given regions: a viewer changes none.</source>
        <translation>Endast en redigerare tilldelas regioner: en läsare ändrar inga.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server has no login “%1”; its administrator creates it (createuser).</source>
        <translation>Servern har ingen inloggning ”%1”; serverns administratör skapar den (createuser).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>only the workspace&apos;s owner, with the right to create roles, may grant access (%1).</source>
        <translation>endast arbetsytans ägare, med rätt att skapa roller, får ge åtkomst (%1).</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/transfer.py" line="+104"/>
        <location filename="../../../action_planner/model/workspace.py" line="+453"/>
        <source>a file with that name already exists.</source>
        <extracomment>Rows read and written per round trip.</extracomment>
        <translation>det finns redan en fil med det namnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../../action_planner/model/workspace.py" line="+2"/>
        <source>its folder does not exist.</source>
        <translation>mappen finns inte.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/validation.py" line="+43"/>
        <source>Enter text here.</source>
        <extracomment>The characters of Unicode categories Cc and Cs (control characters and lone surrogates; new emoji and private use are kept), as one class, tested against unicodedata for every code point: a regex scans a text many times faster than a category lookup per character. The same but for tab and newline, which a multi-line text keeps. What XML 1.0 (so Word and Excel files) cannot hold: C0 controls but tab, newline and carriage return, lone surrogates, and the two noncharacters U+FFFE and U+FFFF. Characters a long text field (background, description, notes, policy context) holds at most. Decimal places a KPI figure may carry (a percentage to 4 places, a rate per 1,000 …). Every number stored in a workspace is below this and carries at most this many places (money less).</extracomment>
        <translation>Skriv en text här.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This holds a character that documents cannot store (U+FFFE or U+FFFF), often left by a damaged copy and paste; delete it and try again.</source>
        <translation>Här finns ett tecken som dokument inte kan lagra (U+FFFE eller U+FFFF), ofta kvar efter en misslyckad kopiering; ta bort det och försök igen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This cannot be empty.</source>
        <translation>Det här fältet får inte vara tomt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is too long (%1 characters; the limit is %2).</source>
        <translation>Texten är för lång (%1 tecken; gränsen är %2).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Enter a finite number.</source>
        <translation>Ange ett ändligt tal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This cannot be negative.</source>
        <translation>Värdet får inte vara negativt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That number is too large.</source>
        <translation>Talet är för stort.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Use at most %n decimal place(s).</source>
        <translation>
            <numerusform>Använd högst %n decimal.</numerusform>
            <numerusform>Använd högst %n decimaler.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an exact number stored as text</source>
        <translation>ett exakt tal lagrat som text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a number</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a finite number</source>
        <translation>ett ändligt tal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number that is not negative</source>
        <translation>ett tal som inte är negativt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a positive number</source>
        <translation>ett positivt tal</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>a number below %1 with at most %n decimal place(s)</source>
        <translation>
            <numerusform>ett tal under %1 med högst %n decimal</numerusform>
            <numerusform>ett tal under %1 med högst %n decimaler</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose yes or no.</source>
        <translation>Välj ja eller nej.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” does not look like an e-mail address.</source>
        <translation>”%1” ser inte ut som en e-postadress.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is not a date; use YYYY-MM-DD.</source>
        <translation>”%1” är inte ett datum; använd formatet ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>Ange datumet som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The end date is before the start date.</source>
        <translation>Slutdatumet ligger före startdatumet.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/funding.py" line="+40"/>
        <source>That funding source no longer exists (it may have been removed).</source>
        <translation>Den finansieringskällan finns inte längre (den kan ha tagits bort).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is already in the list of funding sources.</source>
        <translation>”%1” finns redan i listan över finansieringskällor.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../../action_planner/model/validation.py" line="+15"/>
        <source>“%1” is not one of: %2.</source>
        <translation>”%1” är inte något av följande: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a funding source to the list first.</source>
        <translation>Lägg först till en finansieringskälla i listan.</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>“%1” is the funding source of %n budget line(s); give them another source first.</source>
        <translation>
            <numerusform>”%1” är finansieringskälla för %n budgetrad; ge den en annan källa först.</numerusform>
            <numerusform>”%1” är finansieringskälla för %n budgetrader; ge dem en annan källa först.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/validation.py" line="+7"/>
        <location line="+21"/>
        <source>Enter a number.</source>
        <translation>Ange ett tal.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Enter the number as text or an integer, not a float.</source>
        <translation>Ange talet som text eller som ett heltal, inte som ett flyttal.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/money.py" line="-48"/>
        <location filename="../../../action_planner/model/validation.py" line="+14"/>
        <source>“%1” is not a number.</source>
        <translation>”%1” är inte ett tal.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/validation.py" line="+13"/>
        <location line="+6"/>
        <location line="+4"/>
        <source>Scores are whole numbers from %1 to %2.</source>
        <translation>Poäng anges som heltal från %1 till %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Enter a year such as %1.</source>
        <translation>Ange ett år, till exempel %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a year between %1 and %2.</source>
        <translation>Ange ett år mellan %1 och %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This field cannot be edited.</source>
        <translation>Det här fältet kan inte ändras.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/workspace.py" line="-298"/>
        <source>another program is writing to it (the file is locked). Close it there.</source>
        <extracomment>What a refresh after another program&apos;s commit reports when it cannot say what: everything may have changed.</extracomment>
        <translation>ett annat program skriver till den (filen är låst). Stäng den där.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its unfinished change could not be undone (%1).</source>
        <translation>dess ofullbordade ändring gick inte att ångra (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is damaged (%1).</source>
        <translation>filen är skadad (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SQLite could not open it (%1).</source>
        <translation>SQLite kunde inte öppna den (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its journal shows a database from another application.</source>
        <translation>dess journal visar en databas från ett annat program.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it was saved by a newer version of Action Planner (file format %1).</source>
        <translation>den sparades av en nyare version av Action Planner (filformat %1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it contains database objects that Action Planner did not create, or lacks its own (%1); it was not opened, for safety.</source>
        <translation>den innehåller databasobjekt som Action Planner inte har skapat, eller saknar några av sina egna (%1); av säkerhetsskäl öppnades den inte.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>another program is using it (the file is locked). Close it there and retry.</source>
        <translation>ett annat program använder den (filen är låst). Stäng den där och försök igen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the file is read-only. Make it writable, or copy it, and open it again.</source>
        <translation>filen är skrivskyddad. Gör den skrivbar, eller kopiera den, och öppna den igen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its folder is read-only (Action Planner keeps a journal beside the file). Copy it elsewhere.</source>
        <translation>mappen är skrivskyddad (Action Planner sparar en journal bredvid filen). Kopiera filen till en annan plats.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>another program is writing to it (the file is locked). Close it there and retry.</source>
        <translation>ett annat program skriver till den (filen är låst). Stäng den där och försök igen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SQLite refused it (%1).</source>
        <translation>SQLite vägrade (%1).</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>it could not be opened (%1).</source>
        <extracomment>Where the workspace is: the file, or the server database (``.name`` and ``.stem`` on both). Opened read-only (another window or program writes): every change is refused with a message.</extracomment>
        <translation>den gick inte att öppna (%1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>it is in the older file format %1; open it for writing once so it is upgraded.</source>
        <translation>den har det äldre filformatet %1; öppna den en gång för skrivning så uppgraderas den.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>its folder is read-only.</source>
        <translation>mappen är skrivskyddad.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>it is open read-only because another window or program is writing to it.</source>
        <translation>den är öppen skrivskyddad eftersom ett annat fönster eller program skriver till den.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the file was deleted or moved while it was open. Use File › Save As to keep this window&apos;s plans as a new file.</source>
        <translation>filen togs bort eller flyttades medan den var öppen. Använd Arkiv › Spara som för att spara fönstrets planer som en ny fil.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file was replaced by another one while it was open (a sync program or a restored copy?). Use File › Save As to keep this window&apos;s plans as a new file, then open the other one.</source>
        <translation>filen ersattes av en annan medan den var öppen (ett synkprogram eller en återställd kopia?). Använd Arkiv › Spara som för att spara fönstrets planer som en ny fil och öppna sedan den andra.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>that is the workspace itself.</source>
        <extracomment>A file on disk (False for a database on a server). Whether the workspace was reached at the last contact (a server&apos;s connection can break; a file&apos;s not).</extracomment>
        <translation>det är själva arbetsytan.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the journal “%1” beside it belongs to another database (copied there by a sync program or a copy?). Neither file was changed. Move “%1” away, then open it again.</source>
        <translation>journalen ”%1” bredvid den hör till en annan databas (kopierad dit av ett synkprogram eller vid en kopiering?). Ingen av filerna ändrades. Flytta bort ”%1” och öppna den sedan igen.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/writer.py" line="+64"/>
        <source>by another window or program</source>
        <translation>av ett annat fönster eller program</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>by %1</source>
        <translation>av %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on %1</source>
        <translation>på %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(process %1)</source>
        <translation>(process %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>since %1</source>
        <translation>sedan %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>its folder is read-only (Action Planner keeps a lock file beside it).</source>
        <extracomment>What the lock file said before this holder took it (a crashed holder&apos;s ``wal`` record).</extracomment>
        <translation>mappen är skrivskyddad (Action Planner sparar en låsfil bredvid filen).</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/catalogue_files.py" line="+61"/>
        <source>“%1” row %2</source>
        <extracomment>Limits that keep a hostile or mistaken file from exhausting memory or time. ``catalogue.csv`` has its indicator library beside it in ``catalogue-indicators.csv``. Row number the service gives the first data row; its messages are renumbered to the file&apos;s rows. How a row of a named file or sheet is called in messages: %1 the file or sheet, %2 the row number.</extracomment>
        <translation>”%1”, rad %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../action_planner/export/review_import.py" line="+154"/>
        <source>%1 row %2</source>
        <extracomment>A row of a sheet: %1 the sheet&apos;s name, %2 the row number.</extracomment>
        <translation>%1, rad %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file</source>
        <extracomment>What a file&apos;s checks call the whole file, and the two kinds of table in it.</extracomment>
        <translation>filen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and %2</source>
        <translation>%1 och %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2. Its columns are %3; the interventions columns are %4.</source>
        <translation>%1 %2. Dess kolumner är: %3; kolumnerna för insatser är: %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2. Its columns are %3; the indicators columns are %4.</source>
        <translation>%1 %2. Dess kolumner är: %3; kolumnerna för indikatorer är: %4.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write “%1”: %2</source>
        <translation>Det går inte att skriva ”%1”: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot import “%1”: %2</source>
        <translation>Det går inte att importera ”%1”: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>choose a file name ending in .csv or .xlsx.</source>
        <translation>välj ett filnamn som slutar på .csv eller .xlsx.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>an entry holds a character Excel cannot store (%1).</source>
        <translation>en post innehåller ett tecken som Excel inte kan lagra (%1).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>that is a folder.</source>
        <translation>det är en mapp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../../action_planner/export/safe_write.py" line="+41"/>
        <source>the folder “%1” does not exist.</source>
        <extracomment>A temporary file of the same target untouched this long is a leftover of a killed export.</extracomment>
        <translation>mappen ”%1” finns inte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>permission denied (is the file open in another program, or the folder read-only?).</source>
        <translation>åtkomst nekad (är filen öppen i ett annat program, eller är mappen skrivskyddad?).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>only .csv and .xlsx files can be imported.</source>
        <translation>endast .csv- och .xlsx-filer kan importeras.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>it is not a regular file (a pipe, a device or a folder).</source>
        <translation>det är inte en vanlig fil (utan en pipe, en enhet eller en mapp).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../../action_planner/export/review_import.py" line="+122"/>
        <source>there is no such file.</source>
        <translation>filen finns inte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../../action_planner/export/review_import.py" line="+8"/>
        <source>the file is larger than %1 MB, the limit.</source>
        <translation>filen är större än gränsen på %1 MB.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it is neither UTF-8 nor Windows-1252 text; save it as “CSV UTF-8”.</source>
        <translation>det är varken UTF-8- eller Windows-1252-text; spara den som ”CSV UTF-8”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not a CSV text file; save it from Excel as “CSV UTF-8”.</source>
        <translation>det är inte en CSV-textfil; spara den från Excel som ”CSV UTF-8”.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>line %1 is not valid CSV (%2).</source>
        <translation>rad %1 är inte giltig CSV (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is empty; it needs a header row naming the columns.</source>
        <translation>filen är tom; den behöver en rubrikrad som namnger kolumnerna.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the sheet “%1”</source>
        <translation>bladet ”%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it has no sheet named “%1” or “%2” with a header row (it has %3).</source>
        <translation>den har inget blad med namnet ”%1” eller ”%2” med en rubrikrad (den har %3).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>it is not an Excel workbook (.xlsx); save it from Excel as .xlsx.</source>
        <translation>det är inte en Excel-arbetsbok (.xlsx); spara den från Excel som .xlsx.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 goes beyond row %2, Excel&apos;s last row.</source>
        <translation>%1 går längre än rad %2, Excels sista rad.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is also on row %2.</source>
        <translation>%1 finns även på rad %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has %2 rows; the limit is %3.</source>
        <translation>%1 har %2 rader; gränsen är %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing was imported; fix these rows and try again:
%1</source>
        <translation>inget importerades; rätta de här raderna och försök igen:
%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has %2 cells; the header has %3.</source>
        <translation>%1 har %2 celler; rubrikraden har %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has a value in column %2, which has no name in the header.</source>
        <translation>%1 har ett värde i kolumn %2, som saknar namn i rubrikraden.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>lacks the column(s) %1</source>
        <translation>
            <numerusform>saknar kolumnen %1</numerusform>
            <numerusform>saknar kolumnerna %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>has the unknown column(s) %1</source>
        <translation>
            <numerusform>har den okända kolumnen %1</numerusform>
            <numerusform>har de okända kolumnerna %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has %1 more than once</source>
        <translation>har %1 mer än en gång</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../action_planner/export/run.py" line="+31"/>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/data.py" line="+151"/>
        <source>Action %1 “%2” changed while it was being exported; export again.</source>
        <translation>Åtgärd %1 ”%2” ändrades medan den exporterades; exportera igen.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the workspace has no plans to export yet.</source>
        <extracomment>Plans read together in one transaction (their actions, totals and rates always agree).</extracomment>
        <translation>arbetsytan har inga planer att exportera ännu.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/registry.py" line="+34"/>
        <source>“%1” is not an export format (choose one of: %2).</source>
        <extracomment>Every format, in the order the window offers them.</extracomment>
        <translation>”%1” är inte ett exportformat (välj något av: %2).</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/request.py" line="+23"/>
        <source>Cannot export to “%1”: %2</source>
        <translation>Det går inte att exportera till ”%1”: %2</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/review_import.py" line="-193"/>
        <source>it holds %1 parts; a document has far fewer.</source>
        <extracomment>Rows over all sheets: a review of the largest workspace has a few thousand. The size checks&apos; refusals that name a workbook, as they read for a Word document.</extracomment>
        <translation>den innehåller %1 delar; ett dokument har betydligt färre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its part “%1” is compressed %2 to 1, which no real document is.</source>
        <translation>dess del ”%1” är komprimerad %2 till 1, vilket inget riktigt dokument är.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this workspace never sent review round %1.</source>
        <translation>den här arbetsytan har aldrig skickat granskningsomgång %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot import the review “%1”: %2</source>
        <translation>Det går inte att importera granskningen ”%1”: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: %2; nothing from this row is used.</source>
        <extracomment>A refused row as the review lists it: %1 the row (:data:`_SHEET_ROW`), %2 why.</extracomment>
        <translation>%1: %2; inget från den här raden används.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1 cell holds a formula; type the value itself</source>
        <translation>cellen %1 innehåller en formel; skriv in själva värdet</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>it is a zip file but not a Word document (.docx).</source>
        <translation>det är en zip-fil men inte ett Word-dokument (.docx).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it is not a Word document (.docx).</source>
        <translation>det är inte ett Word-dokument (.docx).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>it is not a regular file.</source>
        <translation>det är inte en vanlig fil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it cannot be read (%1).</source>
        <translation>den går inte att läsa (%1).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>its sheets hold more than %1 rows; a review workbook has far fewer.</source>
        <translation>dess blad innehåller fler än %1 rader; en granskningsarbetsbok har betydligt färre.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it is not an Excel workbook (.xlsx) or a Word document (.docx) that Action Planner wrote.</source>
        <translation>det är varken en Excel-arbetsbok (.xlsx) eller ett Word-dokument (.docx) som Action Planner har skrivit.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>its manifest is missing, so it cannot be tied to a review this workspace sent.</source>
        <translation>dess manifest saknas, så den kan inte kopplas till en granskning som den här arbetsytan har skickat.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the sheet “%1” is missing; import the workbook as it was sent.</source>
        <translation>bladet ”%1” saknas; importera arbetsboken som den skickades.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>its manifest is not one this version of Action Planner wrote.</source>
        <translation>dess manifest har inte skrivits av den här versionen av Action Planner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it was sent from another workspace; open that workspace to import it.</source>
        <translation>den skickades från en annan arbetsyta; öppna den arbetsytan för att importera den.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its manifest was changed (the round number is not a number).</source>
        <translation>dess manifest har ändrats (omgångens nummer är inte ett tal).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its manifest was changed since it was sent.</source>
        <translation>dess manifest har ändrats sedan den skickades.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>review round %1 is closed; its workbooks are no longer imported.</source>
        <translation>granskningsomgång %1 är stängd; dess arbetsböcker importeras inte längre.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>is TRUE/FALSE, not a number</source>
        <translation>är SANT/FALSKT, inte ett tal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a finite number</source>
        <translation>är inte ett ändligt tal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is text (“%1”), not a number</source>
        <translation>är text (”%1”), inte ett tal</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the %1 %2</source>
        <translation>fältet %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1: %2</source>
        <translation>fältet %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a whole year</source>
        <translation>är inte ett helt år</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is a time, not a date</source>
        <translation>är en tid, inte ett datum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is text (“%1”), not a date</source>
        <translation>är text (”%1”), inte ett datum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not one of: %1</source>
        <translation>är inte någon av: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the header row of the sheet “%1” was changed; import it as it was sent.</source>
        <translation>rubrikraden i bladet ”%1” har ändrats; importera det som det skickades.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>it holds more than %1 rows.</source>
        <translation>den innehåller fler än %1 rader.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it has no record id; propose new rows on the %1 sheet</source>
        <translation>den saknar post-id; föreslå nya rader på bladet %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its record id “%1” was changed or comes from another file</source>
        <translation>dess post-id ”%1” har ändrats eller kommer från en annan fil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its record id is repeated on row %1; keep one of them</source>
        <translation>dess post-id upprepas på rad %1; behåll bara en av dem</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>choose one of this review&apos;s plans in the %1 column</source>
        <translation>välj en av granskningens planer i kolumnen %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a new action needs a title</source>
        <translation>en ny åtgärd behöver en titel</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>give the %1 of one of this review&apos;s actions (such as %2) for a new budget line</source>
        <translation>ange i %1 en av granskningens åtgärder (till exempel %2) för en ny budgetrad</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a new budget line needs its %1</source>
        <translation>en ny budgetrad behöver fältet %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>choose “%1” or “%2” in the %3 column</source>
        <translation>välj ”%1” eller ”%2” i kolumnen %3</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/review_word.py" line="+33"/>
        <source>the Word document cannot be read (%1).</source>
        <translation>Word-dokumentet går inte att läsa (%1).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>it carries no Action Planner marks (it is not a Word export of this app, or they were removed); export the plan to Word again and send that file.</source>
        <extracomment>Word allows 40 characters in a bookmark name; ours are ap_action_ and up to 12 digits. How much of the commented text the dialog shows beside the comment&apos;s place.</extracomment>
        <translation>den saknar Action Planners markeringar (den är inte en Word-export från det här programmet, eller så har de tagits bort); exportera planen till Word igen och skicka den filen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>it is outside every action</source>
        <translation>den ligger utanför alla åtgärder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its action is no longer in the plan (deleted since, or its mark in the file was changed)</source>
        <translation>dess åtgärd finns inte längre i planen (borttagen sedan dess, eller så har dess markering i filen ändrats)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 by %2: “%3”: %4.</source>
        <translation>%1 av %2: ”%3”: %4.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>its Action Planner marks are not ones this version wrote.</source>
        <translation>dess Action Planner-markeringar har inte skrivits av den här versionen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it does not name its workspace (it was exported while the workspace was open read-only); export the plan to Word again and send that file.</source>
        <translation>den anger inte sin arbetsyta (den exporterades medan arbetsytan var öppen skrivskyddad); exportera planen till Word igen och skicka den filen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it was exported from another workspace; open that workspace to import it.</source>
        <translation>den exporterades från en annan arbetsyta; öppna den arbetsytan för att importera den.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its list of plans was changed since it was exported.</source>
        <translation>dess lista över planer har ändrats sedan den exporterades.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Word comment %1</source>
        <translation>Word-kommentar %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word comment %1 on “%2”</source>
        <translation>Word-kommentar %1 till ”%2”</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/run.py" line="+3"/>
        <source>The workspace has no region “%1” (its regions are: %2).</source>
        <translation>Arbetsytan har ingen region ”%1” (dess regioner är: %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no plans to export.</source>
        <translation>%1 har inga planer att exportera.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/safe_write.py" line="-22"/>
        <source>that is a folder; choose a file name.</source>
        <translation>det är en mapp; välj ett filnamn.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the folder “%1” is read-only.</source>
        <translation>mappen ”%1” är skrivskyddad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is read-only; choose another name or make it writable.</source>
        <translation>filen är skrivskyddad; välj ett annat namn eller gör den skrivbar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a temporary file could not be created beside it (%1).</source>
        <translation>det gick inte att skapa en tillfällig fil bredvid den (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a temporary file could not be created beside it.</source>
        <translation>det gick inte att skapa en tillfällig fil bredvid den.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the file is locked or read-only; close it in other programs and try again.</source>
        <translation>filen är låst eller skrivskyddad; stäng den i andra program och försök igen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it could not be replaced (%1).</source>
        <translation>den gick inte att ersätta (%1).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the file could not be written (%1).</source>
        <translation>filen gick inte att skriva (%1).</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/workbook_limits.py" line="+20"/>
        <source>reading workbooks safely needs the defusedxml package; reinstall the app.</source>
        <translation>för att läsa arbetsböcker säkert krävs paketet defusedxml; installera om programmet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the workbook cannot be read (%1).</source>
        <translation>arbetsboken går inte att läsa (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it holds %1 parts; a workbook has far fewer.</source>
        <translation>den innehåller %1 delar; en arbetsbok har betydligt färre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its part “%1” is compressed %2 to 1, which no real workbook is.</source>
        <translation>dess del ”%1” är komprimerad %2 till 1, vilket ingen riktig arbetsbok är.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>it is a zip file but not an Excel workbook (.xlsx).</source>
        <extracomment>A catalogue of 100,000 rows has a few unique texts a row, in at most a few dozen columns.</extracomment>
        <translation>det är en zip-fil men inte en Excel-arbetsbok (.xlsx).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it would unpack to %1 MB; the limit is %2 MB.</source>
        <translation>uppackad skulle den bli %1 MB; gränsen är %2 MB.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>it holds more than %1 different texts, far more than any catalogue needs.</source>
        <translation>den innehåller fler än %1 olika texter, betydligt fler än någon katalog behöver.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its sheets hold more than %1 cells, far more than any catalogue needs.</source>
        <translation>dess blad innehåller fler än %1 celler, betydligt fler än någon katalog behöver.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a sheet has cells in column %1; a catalogue sheet uses columns A to %2. Delete the cells beyond them and save again.</source>
        <translation>ett blad har celler i kolumn %1; ett katalogblad använder kolumnerna A till %2. Ta bort cellerna bortom dem och spara igen.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/damage.py" line="+24"/>
        <source>plan %1</source>
        <translation>plan %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action %1</source>
        <translation>åtgärd %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>budget line %1</source>
        <translation>budgetrad %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI %1</source>
        <translation>KPI %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measured value %1</source>
        <translation>mätvärde %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchange rate %1</source>
        <translation>växelkurs %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catalogue intervention %1</source>
        <translation>katalogens insats %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicator %1</source>
        <translation>indikator %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workshop decision %1</source>
        <translation>workshopbeslut %1</translation>
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
        <translation>%1 (åtgärd ”%2” i planen ”%3”), fältet ”%4” i tabellen %5, innehåller ”%6”; %7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (plan “%2”), field “%3” in table %4, holds “%5”; %6</source>
        <translation>%1 (planen ”%2”), fältet ”%3” i tabellen %4, innehåller ”%5”; %6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, field “%2” in table %3, holds “%4”; %5</source>
        <translation>%1, fältet ”%2” i tabellen %3, innehåller ”%4”; %5</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>a stored value %1: %2</source>
        <extracomment>How a damaged record is placed for the reader: the action (and plan) it belongs to. A workspace with more damage than this is reported by its first few records and a count.</extracomment>
        <translation>ett lagrat värde %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>and %n more damaged value(s)</source>
        <translation>
            <numerusform>och %n skadat värde till</numerusform>
            <numerusform>och %n skadade värden till</numerusform>
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
        <translation>Den budgetraden finns inte längre (den kan ha tagits bort).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That catalogue intervention no longer exists (it may have been deleted).</source>
        <translation>Den insatsen i katalogen finns inte längre (den kan ha tagits bort).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That decision no longer exists (it may have been deleted).</source>
        <translation>Det beslutet finns inte längre (det kan ha tagits bort).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That exchange rate no longer exists (it may have been deleted).</source>
        <translation>Den växelkursen finns inte längre (den kan ha tagits bort).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That indicator no longer exists (it may have been deleted).</source>
        <translation>Den indikatorn finns inte längre (den kan ha tagits bort).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That intervention no longer exists (it may have been deleted).</source>
        <translation>Den insatsen finns inte längre (den kan ha tagits bort).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That KPI no longer exists (it may have been deleted).</source>
        <translation>Den KPI:n finns inte längre (den kan ha tagits bort).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That organisation no longer exists (it may have been deleted).</source>
        <translation>Den organisationen finns inte längre (den kan ha tagits bort).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That plan no longer exists (it may have been deleted).</source>
        <translation>Den planen finns inte längre (den kan ha tagits bort).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That region no longer exists (it may have been deleted).</source>
        <translation>Den regionen finns inte längre (den kan ha tagits bort).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That review round no longer exists (it may have been deleted).</source>
        <translation>Den granskningsomgången finns inte längre (den kan ha tagits bort).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That workshop no longer exists (it may have been deleted).</source>
        <translation>Den workshoppen finns inte längre (den kan ha tagits bort).</translation>
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
        <translation>Rad %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators row %1</source>
        <translation>Indikatorrad %1</translation>
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
            <numerusform>… och %n till.</numerusform>
            <numerusform>… och %n till.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was imported; fix these rows and try again:
%1</source>
        <translation>Inget importerades; rätta de här raderna och försök igen:
%1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 is used by KPIs of actions; it cannot be deleted.</source>
        <translation>%1 används av åtgärders KPI:er; den kan inte tas bort.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>not in the library: %1</source>
        <translation>finns inte i biblioteket: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The same code appears more than once among the interventions: %1</source>
        <translation>Samma kod förekommer mer än en gång bland insatserna: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same code appears more than once among the indicators: %1</source>
        <translation>Samma kod förekommer mer än en gång bland indikatorerna: %1</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/organisations.py" line="+49"/>
        <location line="+27"/>
        <source>“%1” is already in the list of organisations.</source>
        <translation>”%1” finns redan i listan över organisationer.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>“%1” owns or takes part in actions; remove it there first.</source>
        <translation>”%1” äger eller deltar i åtgärder; ta först bort den där.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/plans.py" line="+48"/>
        <source>“%1” is not a language code (for example %2).</source>
        <translation>”%1” är inte en språkkod (till exempel %2).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>“%1” is not a NUTS or ISO 3166-2 region code.</source>
        <extracomment>Each editable plan field with the check that cleans it.</extracomment>
        <translation>”%1” är inte en regionkod enligt NUTS eller ISO 3166-2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2) is already in this workspace.</source>
        <translation>%1 (%2) finns redan i den här arbetsytan.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the region %1</source>
        <translation>regionen %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>the plan “%1”</source>
        <translation>planen ”%1”</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/stored.py" line="+26"/>
        <source>this should be %1</source>
        <extracomment>How a damaged value&apos;s problem is said: %1 what the column holds.</extracomment>
        <translation>det borde vara %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>a value of this column</source>
        <translation>ett värde för den här kolumnen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a date written YYYY-MM-DD</source>
        <translation>ett datum skrivet ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a date and time</source>
        <translation>ett datum och en tid</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>one of: %1</source>
        <translation>något av: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a whole number from 1 to 5</source>
        <translation>ett heltal från 1 till 5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a whole number that is not negative</source>
        <translation>ett heltal som inte är negativt</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/navigator.py" line="+118"/>
        <source>Regions and plans</source>
        <translation>Regioner och planer</translation>
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
            <numerusform>%n åtgärd</numerusform>
            <numerusform>%n åtgärder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/navigator.py" line="+35"/>
        <source>Regions and plans</source>
        <translation>Regioner och planer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No regions yet. Start with Plan ▸ Add Region… (Ctrl+Shift+R): pick the region your action plan is for, then add its plan (Ctrl+Shift+P).</source>
        <translation>Inga regioner ännu. Börja med Plan ▸ Lägg till region… (Ctrl+Shift+R): välj regionen som handlingsplanen gäller och lägg sedan till dess plan (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add &amp;Region…</source>
        <translation>Lägg till &amp;region…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Plan…</source>
        <translation>Lägg till &amp;plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Byt namn…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Region or Plan…</source>
        <translation>&amp;Ta bort region eller plan…</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Action plan for %1</source>
        <translation>Handlingsplan för %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add plan</source>
        <translation>Lägg till plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>Plan &amp;title:</source>
        <translation>Plan&amp;titel:</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Rename plan</source>
        <comment>the change as Edit ▸ Undo names it, not the dialog&apos;s title</comment>
        <translation>Byt namn på plan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename plan</source>
        <translation>Byt namn på plan</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Rename region</source>
        <translation>Byt namn på region</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region &amp;name:</source>
        <translation>Regionens &amp;namn:</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Delete the region “%1” and its %n plan(s)? Edit ▸ Undo brings it back.</source>
        <translation>
            <numerusform>Vill du ta bort regionen ”%1” och dess %n plan? Redigera ▸ Ångra tar tillbaka den.</numerusform>
            <numerusform>Vill du ta bort regionen ”%1” och dess %n planer? Redigera ▸ Ångra tar tillbaka dem.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete region</source>
        <translation>Ta bort region</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the plan “%1” and all its actions? Edit ▸ Undo brings it back.</source>
        <translation>Vill du ta bort planen ”%1” och alla dess åtgärder? Redigera ▸ Ångra tar tillbaka den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete plan</source>
        <translation>Ta bort plan</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../../action_planner/ui/labels.py" line="+114"/>
        <source>Use a comma for decimals, for example %1.</source>
        <translation>Använd decimalkomma, till exempel %1.</translation>
    </message>
</context>
<context>
    <name>OverviewSlide</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/slide_overview.py" line="+25"/>
        <source>Total budget</source>
        <translation>Total budget</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Actions by theme</source>
        <translation>Åtgärder per tema</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ACTION PLAN · %1</source>
        <translation>HANDLINGSPLAN · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region: %1 (%2)</source>
        <translation>Region: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy instrument: %1</source>
        <translation>Policyinstrument: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 in the reporting currency</source>
        <translation>%1 i rapporteringsvalutan</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/plan_editor.py" line="+33"/>
        <source>Part I – General information</source>
        <translation>Del I – Allmän information</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan &amp;title:</source>
        <translation>Plan&amp;titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jekt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner &amp;organisation:</source>
        <translation>Partner&amp;organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Othe&amp;r partner organisations involved:</source>
        <translation>Andra &amp;medverkande partnerorganisationer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country and region:</source>
        <translation>Land och region:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact &amp;name:</source>
        <translation>Kontaktperso&amp;n:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-&amp;mail:</source>
        <translation>Kontaktens &amp;e-post:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact phone:</source>
        <translation>Kontaktens te&amp;lefon:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part II – Policy context</source>
        <translation>Del II – Policysammanhang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan aims to &amp;impact:</source>
        <translation>Planen s&amp;yftar till att påverka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polic&amp;y instrument addressed:</source>
        <translation>Berört pol&amp;icyinstrument:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local conte&amp;xt and challenges:</source>
        <translation>Lokala &amp;förutsättningar och utmaningar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language, currency and endorsement</source>
        <translation>Språk, valuta och godkännande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language (code):</source>
        <translation>Språ&amp;k (kod):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>en, it, es, sv, pl</source>
        <translation>en, it, es, sv, pl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En&amp;glish summary:</source>
        <translation>Sammanfattning på en&amp;gelska:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency (ISO code):</source>
        <translation>Val&amp;uta (ISO-kod):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endorsement &amp;date:</source>
        <translation>&amp;Datum för godkännande:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory:</source>
        <translation>Undertecknare:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Rename plan</source>
        <translation>Byt namn på plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change plan details</source>
        <translation>Ändra planuppgifter</translation>
    </message>
</context>
<context>
    <name>PlayersEditor</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/players_editor.py" line="+47"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner orga&amp;nisation:</source>
        <translation>Ansvarig &amp;organisation:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact pe&amp;rson:</source>
        <translation>Kontaktper&amp;son:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-&amp;mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Players involved (organisations in the region and their roles)</source>
        <translation>Medverkande aktörer (organisationer i regionen och deras roller)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Players involved</source>
        <translation>Medverkande aktörer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New player organisation</source>
        <translation>Ny aktörs organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role, e.g. co-finances</source>
        <translation>Roll, t.ex. medfinansierar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New player role</source>
        <translation>Ny aktörs roll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add p&amp;layer</source>
        <translation>&amp;Lägg till aktör</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove pla&amp;yer</source>
        <translation>&amp;Ta bort aktör</translation>
    </message>
</context>
<context>
    <name>PlayersModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/players.py" line="+25"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../../action_planner/ui/preferences.py" line="+32"/>
        <source>Preferences</source>
        <extracomment>The order of the language list after &quot;System default&quot;: English, then the partners&apos; languages.</extracomment>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System default</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action Planner will start in this language next time.</source>
        <translation>Action Planner startar med det här språket nästa gång.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The preference could not be saved: the settings file %1 cannot be written.</source>
        <translation>Inställningen kunde inte sparas: det går inte att skriva till inställningsfilen %1.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/presentation.py" line="+209"/>
        <source>Go to action %1…</source>
        <translation>Gå till åtgärd %1…</translation>
    </message>
</context>
<context>
    <name>RateCommands</name>
    <message>
        <location filename="../../../action_planner/ui/commands/rates.py" line="+44"/>
        <source>Change exchange rate</source>
        <translation>Ändra växelkurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add exchange rate</source>
        <translation>Lägg till växelkurs</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete exchange rate</source>
        <translation>Ta bort växelkurs</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../../action_planner/ui/rates_dialog.py" line="+66"/>
        <source>Exchange Rates</source>
        <extracomment>The source written on a new rate: InforEuro, the Commission&apos;s monthly rates, is what programmes ask for.</extracomment>
        <translation>Växelkurser</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Workspace rates (all plans)</source>
        <translation>&amp;Arbetsytans kurser (alla planer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This &amp;plan&apos;s own rates</source>
        <translation>&amp;Planens egna kurser</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exchange rates</source>
        <translation>Växelkurser</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete Rate</source>
        <translation>Ta bort kurs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit Rate</source>
        <translation>&amp;Redigera kurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected rate into the form below to change it</source>
        <translation>Kopiera den valda kursen till formuläret nedan för att ändra den</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Rate</source>
        <translation>&amp;Ta bort kurs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add or replace a rate</source>
        <translation>Lägg till eller ersätt en kurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base currency</source>
        <translation>Basvaluta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote currency</source>
        <translation>Kvotvaluta</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Base currency:</source>
        <translation>&amp;Basvaluta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quote currency:</source>
        <translation>Kvot&amp;valuta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rate:</source>
        <translation>K&amp;urs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Valid from:</source>
        <translation>Gäller &amp;från:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation>&amp;Källa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+202"/>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>These rates replace the workspace&apos;s for “%1” only. It has none yet: it uses the workspace&apos;s.</source>
        <translation>De här kurserna ersätter arbetsytans kurser endast för ”%1”. Den har inga ännu: den använder arbetsytans.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Type the date from which this rate applies.</source>
        <translation>Ange från vilket datum kursen gäller.</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Select a plan in the window to give it its own rates</source>
        <translation>Välj en plan i fönstret för att ge den egna kurser</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every plan uses these rates, unless it has its own rate for the pair. 1 base = rate quote, from the date given; the latest date of each pair is in force. No rates yet.</source>
        <translation>Alla planer använder de här kurserna, om de inte har en egen kurs för valutaparet. 1 basvaluta = kurs × kvotvaluta, från angivet datum; för varje par gäller det senaste datumet. Inga kurser ännu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every plan uses these rates, unless it has its own rate for the pair. 1 base = rate quote, from the date given; the latest date of each pair is in force.</source>
        <translation>Alla planer använder de här kurserna, om de inte har en egen kurs för valutaparet. 1 basvaluta = kurs × kvotvaluta, från angivet datum; för varje par gäller det senaste datumet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These rates replace the workspace&apos;s for “%1” only.</source>
        <translation>De här kurserna ersätter arbetsytans kurser endast för ”%1”.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>1 %1 =</source>
        <translation>1 %1 =</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rep&amp;lace</source>
        <translation>&amp;Ersätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces the rate stored for this date: 1 %1 = %2 %3.</source>
        <translation>Ersätter kursen som är sparad för det här datumet: 1 %1 = %2 %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>last stored: %1</source>
        <translation>senast sparad: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 for one %2</source>
        <translation>%1 för en %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as your source quotes it</source>
        <translation>som din källa anger den</translation>
    </message>
</context>
<context>
    <name>RatesModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/rates.py" line="+49"/>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>In force</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earlier</source>
        <translation>Tidigare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 %1 = %2 %3</source>
        <translation>1 %1 = %2 %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The latest rate for %1 → %2: totals use it.</source>
        <translation>Den senaste kursen för %1 → %2: summorna använder den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept as history: a later rate for the pair is in force.</source>
        <translation>Sparad som historik: en senare kurs för paret gäller.</translation>
    </message>
</context>
<context>
    <name>RegionCommands</name>
    <message>
        <location filename="../../../action_planner/ui/commands/regions.py" line="+18"/>
        <source>Add region</source>
        <translation>Lägg till region</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rename region</source>
        <translation>Byt namn på region</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete region</source>
        <translation>Ta bort region</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add plan</source>
        <translation>Lägg till plan</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete plan</source>
        <translation>Ta bort plan</translation>
    </message>
</context>
<context>
    <name>RegionPickerDialog</name>
    <message>
        <location filename="../../../action_planner/ui/region_picker.py" line="+60"/>
        <location line="+16"/>
        <source>Add region</source>
        <translation>Lägg till region</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>&amp;Search regions by name, code or country:</source>
        <translation>&amp;Sök regioner efter namn, kod eller land:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search regions</source>
        <translation>Sök regioner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. West Yorkshire, ITH5, Śląskie</source>
        <translation>t.ex. West Yorkshire, ITH5, Śląskie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matching regions</source>
        <translation>Matchande regioner</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose a region from the list.</source>
        <translation>Välj en region i listan.</translation>
    </message>
</context>
<context>
    <name>RegionResultsModel</name>
    <message>
        <location line="-71"/>
        <source>level %1</source>
        <translation>nivå %1</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message numerus="yes">
        <location filename="../../../action_planner/ui/commands/review.py" line="+18"/>
        <source>Accept %n review change(s)</source>
        <extracomment>The undo text, marked with a count written in the call: the only way lupdate extracts a plural outside a QObject&apos;s tr(). The real count is given where it is translated.</extracomment>
        <translation>
            <numerusform>Godta %n granskningsändring</numerusform>
            <numerusform>Godta %n granskningsändringar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../../action_planner/ui/review/dialog.py" line="+40"/>
        <source>Import Review</source>
        <translation>Importera granskning</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Proposed changes</source>
        <translation>Föreslagna ändringar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused rows</source>
        <translation>Avvisade rader</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows refused (nothing from them is used):</source>
        <translation>Avvisade rader (inget från dem används):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments not attached</source>
        <translation>Kommentarer utan koppling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word comments not attached to any action (not imported; read them in the file):</source>
        <translation>Word-kommentarer som inte hör till någon åtgärd (importeras inte; läs dem i filen):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept All from &amp;Partner</source>
        <translation>Godta allt från &amp;partnern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accept Selected</source>
        <translation>&amp;Godta markerade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reject Selected</source>
        <translation>&amp;Avvisa markerade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;File…</source>
        <translation>Lägg till &amp;fil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another returned workbook, or a Word export with comments</source>
        <translation>Lägg till ytterligare en returnerad arbetsbok eller en Word-export med kommentarer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply &amp;Decisions</source>
        <translation>Tillämpa &amp;besluten</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1, %2 from %3.</source>
        <comment>%1: the proposed changes; %2: the comments; %3: who sent which file</comment>
        <translation>%1, %2 från %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n proposed change(s)</source>
        <translation>
            <numerusform>%n föreslagen ändring</numerusform>
            <numerusform>%n föreslagna ändringar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n kommentar</numerusform>
            <numerusform>%n kommentarer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewFeature</name>
    <message>
        <location filename="../../../action_planner/ui/review/feature.py" line="+37"/>
        <source>&amp;Send for Review…</source>
        <translation>Skicka för &amp;granskning…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the current plan as a workbook for a partner to review</source>
        <translation>Skriv den aktuella planen som en arbetsbok som en partner kan granska</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import Re&amp;view…</source>
        <translation>Importera g&amp;ranskning…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare a returned review workbook with the plan, or bring back comments made in Word</source>
        <translation>Jämför en returnerad granskningsarbetsbok med planen, eller hämta in kommentarer som gjorts i Word</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+18"/>
        <source>Send for Review</source>
        <translation>Skicka för granskning</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Choose the plan to send in the navigator first.</source>
        <translation>Välj först i navigatorn vilken plan som ska skickas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Reviewer (the partner this workbook goes to):</source>
        <translation>&amp;Granskare (partnern som arbetsboken skickas till):</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+31"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Review round %1 was written to “%2”. Send it to the partner; import it when it comes back.</source>
        <translation>Granskningsomgång %1 skrevs till ”%2”. Skicka den till partnern och importera den när den kommer tillbaka.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the review workbook “%1”…</source>
        <translation>Granskningsarbetsboken ”%1” skrivs…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>Import Review</source>
        <translation>Importera granskning</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Review workbooks and Word files (*.xlsx *.docx)</source>
        <translation>Granskningsarbetsböcker och Word-filer (*.xlsx *.docx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the review “%1”…</source>
        <translation>Granskningen ”%1” läses…</translation>
    </message>
</context>
<context>
    <name>ReviewItemsModel</name>
    <message>
        <location filename="../../../action_planner/ui/review/model.py" line="+80"/>
        <source>Accept</source>
        <translation>Godta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed</source>
        <translation>Föreslaget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Comment on the action</source>
        <translation>Kommentar till åtgärden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New action</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New budget line</source>
        <translation>Ny budgetrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location line="-146"/>
        <source>Comment</source>
        <extracomment>The item (a Difference or a Comment) behind a row.</extracomment>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed by the partner — reviewers disagree</source>
        <translation>Ändrat av partnern — granskarna är oeniga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed on both sides — reviewers disagree</source>
        <translation>Ändrat på båda håll — granskarna är oeniga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed new row — reviewers disagree</source>
        <translation>Föreslagen ny rad — granskarna är oeniga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed by the partner — reviewers disagree</source>
        <translation>Borttaget av partnern — granskarna är oeniga</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed by the partner</source>
        <translation>Ändrat av partnern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed on both sides</source>
        <translation>Ändrat på båda håll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed new row</source>
        <translation>Föreslagen ny rad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed by the partner</source>
        <translation>Borttaget av partnern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <extracomment>The English names of the fields a proposal can change (marked here, translated by :func:`field_label`).</extracomment>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background</source>
        <translation>Bakgrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players</source>
        <translation>Medverkande aktörer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding source</source>
        <translation>Finansieringskälla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Basvärde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>Måldatum</translation>
    </message>
</context>
<context>
    <name>ScreenPickerDialog</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/screen_picker.py" line="+42"/>
        <source>Present on which screen?</source>
        <extracomment>Called with the chosen screen, or None for a normal window.</extracomment>
        <translation>Vilken skärm ska presentationen visas på?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Screen for the audience (the presentation fills it):</source>
        <translation>&amp;Skärm för publiken (presentationen fyller den):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Screen %1: %2, %3 × %4 (this laptop&apos;s main screen)</source>
        <translation>Skärm %1: %2, %3 × %4 (den bärbara datorns huvudskärm)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screen %1: %2, %3 × %4</source>
        <translation>Skärm %1: %2, %3 × %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show in a &amp;window I can move instead</source>
        <translation>Visa i stället i ett &amp;fönster som jag kan flytta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Present</source>
        <translation>&amp;Presentera</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../../action_planner/ui/shortcuts_page.py" line="+66"/>
        <source>Panels</source>
        <extracomment>Qt&apos;s codes from here on are a few keyboards&apos; dedicated media and application keys (Save, Undo, Copy …), which the platform adds to the standard shortcuts; Qt names them in words (&quot;Shift+Zachowaj&quot;, &quot;Cofnij&quot; in Polish) that read like a command&apos;s description, not like a key a planner can find on a laptop.</extracomment>
        <translation>Paneler</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keyboard Shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alt with an underlined letter opens a menu or goes to a field. F10 reaches the menu bar.</source>
        <translation>Alt plus en understruken bokstav öppnar en meny eller går till ett fält. F10 går till menyraden.</translation>
    </message>
</context>
<context>
    <name>SourceBars</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/charts.py" line="+103"/>
        <source>Budget by funding source</source>
        <translation>Budget per finansieringskälla</translation>
    </message>
</context>
<context>
    <name>ThemeChart</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/totals_chart.py" line="+34"/>
        <source>Budget by theme chart</source>
        <extracomment>One colour per theme, in catalogue order; distinct for the common colour-vision deficiencies.</extracomment>
        <translation>Diagram över budget per tema</translation>
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
        <translation>Tidslinje</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TIMELINE</source>
        <translation>TIDSLINJE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline %1–%2</source>
        <translation>Tidslinje %1–%2</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/totals_panel.py" line="+52"/>
        <source>Reporting currency</source>
        <translation>Rapporteringsvaluta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plan total</source>
        <translation>Summa för planen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reporting currency:</source>
        <translation>Rapporteringsvaluta:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Select a plan to see its totals.</source>
        <translation>Välj en plan för att se dess summor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan total: %1</source>
        <translation>Summa för planen: %1</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <location filename="../../../action_planner/ui/undo.py" line="+110"/>
        <source>&amp;Redo %1</source>
        <extracomment>The file under the window was deleted, moved or replaced: writing stopped (the reason).</extracomment>
        <translation>&amp;Gör om: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ångra: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
</context>
<context>
    <name>WallMatrix</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/slide_board.py" line="-116"/>
        <source>Effort →</source>
        <extracomment>How many actions the ranking beside the matrix lists (the rest are counted under it).</extracomment>
        <translation>Arbetsinsats →</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Impact →</source>
        <translation>Effekt →</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quick wins</source>
        <translation>Snabba vinster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Major projects</source>
        <translation>Stora projekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fill-ins</source>
        <translation>Utfyllnad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thankless tasks</source>
        <translation>Otacksamma uppgifter</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../../action_planner/ui/welcome.py" line="+28"/>
        <source>Welcome — Action Planner</source>
        <translation>Välkommen — Action Planner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action Planner</source>
        <translation>Action Planner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draft Interreg Europe action plans for SME internationalisation: regions, plans, actions from the catalogue, budgets, owners and KPIs. Everything is saved as you go.</source>
        <translation>Utarbeta Interreg Europe-handlingsplaner för små och medelstora företags internationalisering: regioner, planer, åtgärder ur katalogen, budgetar, ansvariga och KPI:er. Allt sparas medan du arbetar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Ny arbetsyta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Öppna arbetsyta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;Demo</source>
        <translation>Öppna &amp;demon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fresh workspace with the six Compete-In regions, one plan each</source>
        <translation>En ny arbetsyta med de sex Compete-In-regionerna, en plan för varje</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Recent workspaces:</source>
        <translation>&amp;Senaste arbetsytor:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent workspaces</source>
        <translation>Senaste arbetsytor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No recent workspaces yet.</source>
        <translation>Inga senaste arbetsytor ännu.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../../action_planner/ui/menus.py" line="+93"/>
        <location filename="../../../action_planner/ui/workshop/feature.py" line="+97"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Kortkommandon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Action Planner…</source>
        <translation>&amp;Om Action Planner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the &amp;Menu Bar</source>
        <translation>Gå till &amp;menyraden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Ny arbetsyta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Demo Workspace</source>
        <translation>Öppna &amp;demoarbetsyta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to Tea&amp;m Workspace…</source>
        <translation>&amp;Anslut till delad arbetsyta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Öppna senas&amp;te</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;As…</source>
        <translation>Spara so&amp;m…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save O&amp;ffline Copy…</source>
        <translation>Spara kopia &amp;lokalt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upload to Team Workspace…</source>
        <translation>Ladda &amp;upp till delad arbetsyta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current Plan as &amp;Word…</source>
        <translation>Aktuell plan som &amp;Word…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current Plan as &amp;Excel…</source>
        <translation>Aktuell plan som &amp;Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current Plan as &amp;PDF…</source>
        <translation>Aktuell plan som &amp;PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole Workspace as W&amp;ord…</source>
        <translation>Hela arbetsytan som W&amp;ord…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole Workspace as E&amp;xcel…</source>
        <translation>Hela arbetsytan som E&amp;xcel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole Workspace as P&amp;DF…</source>
        <translation>Hela arbetsytan som P&amp;DF…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Whole Workspace as Word with &amp;Contents…</source>
        <translation>Hela arbetsytan som Word med &amp;innehållsförteckning…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Word document that begins with a table of contents</source>
        <translation>Ett Word-dokument som börjar med en innehållsförteckning</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../../action_planner/ui/review/feature.py" line="-80"/>
        <source>&amp;Import Catalogue…</source>
        <translation>&amp;Importera katalog…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Ca&amp;talogue…</source>
        <translation>Exportera &amp;katalog…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Stäng arbetsyta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No recent workspaces</source>
        <translation>Inga senaste arbetsytor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xchange Rates…</source>
        <translation>&amp;Växelkurser…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Indicator Library…</source>
        <translation>&amp;Indikatorbibliotek…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Funding Sources…</source>
        <translation>&amp;Finansieringskällor…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Action</source>
        <translation>&amp;Åtgärd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Selected &amp;Intervention to Plan</source>
        <translation>Lägg till vald &amp;insats i planen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../../action_planner/ui/workshop/feature.py" line="-11"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actions</source>
        <translation>&amp;Åtgärder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan &amp;Details</source>
        <translation>Plan&amp;uppgifter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Go to &amp;Navigator</source>
        <translation>Gå till &amp;navigatorn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Catalogue</source>
        <translation>Gå till &amp;katalogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset Layout</source>
        <translation>Åte&amp;rställ layout</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/board_cards.py" line="+92"/>
        <source>One more vote for this action (+)</source>
        <translation>En röst till för den här åtgärden (+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more vote against this action (−)</source>
        <translation>En röst till mot den här åtgärden (−)</translation>
    </message>
    <message>
        <location filename="../../../action_planner/ui/workshop/gantt.py" line="+71"/>
        <source>Timeline of the actions</source>
        <translation>Åtgärdernas tidslinje</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No action has a start and end date yet.</source>
        <translation>Ingen åtgärd har start- och slutdatum ännu.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no dates yet</source>
        <translation>inga datum ännu</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../../action_planner/ui/workshop/board_scene.py" line="+50"/>
        <source>Quick wins</source>
        <extracomment>Quadrant tints: quick wins, major projects, fill-ins, thankless tasks.</extracomment>
        <translation>Snabba vinster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Major projects</source>
        <translation>Stora projekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill-ins</source>
        <translation>Utfyllnad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thankless tasks</source>
        <translation>Otacksamma uppgifter</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Effort →</source>
        <translation>Arbetsinsats →</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impact →</source>
        <translation>Effekt →</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unscored</source>
        <translation>Ej bedömda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag a card onto the matrix to score it; drag it back here to clear its scores.</source>
        <translation>Dra ett kort till matrisen för att bedöma det; dra tillbaka det hit för att rensa bedömningen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../action_planner/ui/workshop/wording.py" line="+31"/>
        <source>%n action</source>
        <translation>
            <numerusform>%n åtgärd</numerusform>
            <numerusform>%n åtgärder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n actions</source>
        <translation>
            <numerusform>%n åtgärd</numerusform>
            <numerusform>%n åtgärder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n till</numerusform>
            <numerusform>+ %n till</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>+ %n more change</source>
        <translation>
            <numerusform>+ %n ändring till</numerusform>
            <numerusform>+ %n ändringar till</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>+ %n more changes</source>
        <translation>
            <numerusform>+ %n ändring till</numerusform>
            <numerusform>+ %n ändringar till</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n earlier decision not shown</source>
        <translation>
            <numerusform>%n tidigare beslut visas inte</numerusform>
            <numerusform>%n tidigare beslut visas inte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n earlier decisions not shown</source>
        <translation>
            <numerusform>%n tidigare beslut visas inte</numerusform>
            <numerusform>%n tidigare beslut visas inte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>action</source>
        <comment>count</comment>
        <translation>
            <numerusform>åtgärd</numerusform>
            <numerusform>åtgärder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>actions</source>
        <comment>count</comment>
        <translation>
            <numerusform>åtgärd</numerusform>
            <numerusform>åtgärder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>+%1 / −%2 (net %3)</source>
        <translation>+%1 / −%2 (netto %3)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renamed</source>
        <translation>Nytt namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board</source>
        <translation>Tavla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>Röster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Budget line</source>
        <translation>Budgetrad</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilot action</source>
        <translation>Pilotåtgärd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background</source>
        <translation>Bakgrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players</source>
        <translation>Medverkande aktörer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact email</source>
        <translation>Kontaktens e-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding source</source>
        <translation>Finansieringskälla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Basvärde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>yes</source>
        <extracomment>Long texts are cut to this many characters on the slide (the editor holds the whole text).</extracomment>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not on the board</source>
        <translation>inte på tavlan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>impact %1, effort %2</source>
        <translation>effekt %1, arbetsinsats %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No decision</source>
        <translation>Inget beslut</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>new action, budget %1</source>
        <translation>ny åtgärd, budget %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>had a budget of %1</source>
        <translation>hade en budget på %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>was “%1”</source>
        <translation>tidigare titel: ”%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nobody</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>line %1 added: %2</source>
        <translation>rad %1 tillagd: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1 removed: %2</source>
        <translation>rad %1 borttagen: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1, %2: %3</source>
        <translation>rad %1, %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” added</source>
        <translation>”%1” tillagd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” removed</source>
        <translation>”%1” borttagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1”, %2: %3</source>
        <translation>”%1”, %2: %3</translation>
    </message>
</context>
<context>
    <name>WorkshopCommands</name>
    <message>
        <location filename="../../../action_planner/ui/commands/workshop.py" line="+25"/>
        <source>Move card</source>
        <translation>Flytta kort</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Vote against</source>
        <translation>Rösta emot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vote</source>
        <translation>Rösta för</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Record decision</source>
        <translation>Registrera beslut</translation>
    </message>
</context>
<context>
    <name>WorkshopFeature</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/feature.py" line="-43"/>
        <source>&amp;Workshop Mode</source>
        <translation>&amp;Workshopläge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project the current plan full screen, live as you edit (F11 or Escape: a window)</source>
        <translation>Projicera den aktuella planen i helskärm, live medan du redigerar (F11 eller Esc: i ett fönster)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+74"/>
        <source>&amp;Start Workshop…</source>
        <translation>&amp;Starta workshop…</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>&amp;End Workshop</source>
        <translation>&amp;Avsluta workshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;Decision…</source>
        <translation>Registrera &amp;beslut…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board on the &amp;Projector</source>
        <translation>Tavlan på &amp;projektorn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project the prioritisation board full screen, at room size</source>
        <translation>Projicera prioriteringstavlan i helskärm, i rumsstorlek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prioritisation Board</source>
        <translation>Prioriteringstavla</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prioritisation &amp;Board</source>
        <translation>Prioriterings&amp;tavla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workshop state</source>
        <translation>Workshopstatus</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Start &amp;Over…</source>
        <translation>Börja &amp;om…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Workshop started: every change from now on is listed under “Changes since the workshop started”.</source>
        <translation>Workshoppen har startat: varje ändring från och med nu listas under ”Ändringar sedan workshoppen började”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workshop ended.</source>
        <translation>Workshoppen har avslutats.</translation>
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
        <translation>Välj en plan för att hålla en workshop om den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No workshop running.</source>
        <translation>Ingen workshop pågår.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop running since %1.</source>
        <translation>Workshop pågår sedan %1.</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../../action_planner/ui/jobs.py" line="-41"/>
        <source>Something unexpected went wrong (%1). The details were written to the log file:
%2</source>
        <translation>Något oväntat gick fel (%1). Detaljerna skrevs till loggfilen:
%2</translation>
    </message>
</context>
</TS>
