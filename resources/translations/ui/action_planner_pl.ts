<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../../action_planner/ui/about.py" line="+21"/>
        <source>About Action Planner</source>
        <translation>O programie Action Planner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action Planner %1</source>
        <translation>Action Planner %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Regional action plans for SME internationalisation, offline.</source>
        <translation>Regionalne plany działania na rzecz umiędzynarodowienia MŚP – bez dostępu do sieci.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If something goes wrong, the details are written to this log file; send it along:</source>
        <translation>Jeśli coś pójdzie nie tak, szczegóły trafią do tego pliku dziennika – dołącz go do zgłoszenia:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log file</source>
        <translation>Plik dziennika</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Log &amp;Folder</source>
        <translation>Otwórz &amp;folder dziennika</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>ActionCommands</name>
    <message>
        <location filename="../../../action_planner/ui/commands/actions.py" line="+41"/>
        <source>Add action</source>
        <translation>dodanie działania</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add action from catalogue</source>
        <translation>dodanie działania z katalogu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duplicate action</source>
        <translation>powielenie działania</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Change players</source>
        <translation>zmianę zaangażowanych podmiotów</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Move action</source>
        <translation>przesunięcie działania</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete action</source>
        <translation>usunięcie działania</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/action_editor.py" line="+41"/>
        <source>Change title</source>
        <translation>zmianę tytułu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change theme</source>
        <translation>zmianę tematu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change status</source>
        <translation>zmianę statusu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change priority</source>
        <translation>zmianę priorytetu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Change timeframe</source>
        <translation>zmianę harmonogramu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change pilot flag</source>
        <translation>zmianę oznaczenia działania pilotażowego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change impact score</source>
        <translation>zmianę oceny wpływu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change effort score</source>
        <translation>zmianę oceny pracochłonności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change background</source>
        <translation>zmianę genezy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change description</source>
        <translation>zmianę opisu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change notes</source>
        <translation>zmianę uwag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Details</source>
        <translation>In&amp;formacje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner and players</source>
        <translation>&amp;Odpowiedzialni i podmioty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Budget</source>
        <translation>&amp;Budżet</translation>
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
        <translation>Uwagi z przeglądu</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Worth a look</source>
        <translation>Warto sprawdzić</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tit&amp;le:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The&amp;me:</source>
        <translation>Te&amp;mat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priorit&amp;y:</source>
        <translation>P&amp;riorytet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sta&amp;rt:</source>
        <translation>Poc&amp;zątek:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;nd:</source>
        <translation>Ko&amp;niec:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pilot action (phase 2):</source>
        <translation>Działanie pilotażowe (etap 2):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Impact (1–5):</source>
        <translation>Wpł&amp;yw (1–5):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effor&amp;t (1–5):</source>
        <translation>Pracoc&amp;hłonność (1–5):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back&amp;ground (how the project led to it):</source>
        <translation>&amp;Geneza (jak projekt do niego doprowadził):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ction (what will be done):</source>
        <translation>Dz&amp;iałanie (co zostanie zrobione):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note&amp;s:</source>
        <translation>&amp;Uwagi:</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Review comments (%1)</source>
        <translation>Uwagi z przeglądu (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change owner</source>
        <translation>zmianę podmiotu odpowiedzialnego</translation>
    </message>
</context>
<context>
    <name>ActionSlide</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/slide_action.py" line="+35"/>
        <source>Budget by funding source</source>
        <translation>Budżet według źródła finansowania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicators: baseline → target</source>
        <translation>Wskaźniki: wartość bazowa → docelowa</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>ACTION %1 OF %2</source>
        <translation>DZIAŁANIE %1 Z %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Owner</source>
        <translation>Odpowiedzialny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeframe</source>
        <translation>Harmonogram</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget</source>
        <translation>Budżet</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No indicators yet</source>
        <translation>Brak wskaźników</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Votes %1</source>
        <translation>Głosy: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No decision yet</source>
        <translation>Brak decyzji</translation>
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
        <translation>Tytuł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Odpowiedzialny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeframe</source>
        <translation>Harmonogram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
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
        <translation>Filtruj działania według tytułu, tematu, podmiotu odpowiedzialnego lub statusu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter actions</source>
        <translation>Filtruj działania</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions of the plan</source>
        <translation>Działania planu</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;New Action…</source>
        <translation>&amp;Nowe działanie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dupli&amp;cate Action</source>
        <translation>&amp;Powiel działanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Action…</source>
        <translation>&amp;Usuń działanie…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move Action &amp;Up</source>
        <translation>Przesuń w &amp;górę</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move Action Do&amp;wn</source>
        <translation>Przesuń w &amp;dół</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filter Actions</source>
        <translation>&amp;Filtruj działania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Action</source>
        <translation>&amp;Edytuj działanie</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Go to the actions</source>
        <translation>Przejdź do działań</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Select a plan under Regions and Plans, or add one (Plan ▸ Add Plan…, Ctrl+Shift+P).</source>
        <translation>Wybierz plan w panelu Regiony i plany albo dodaj nowy (Plan ▸ Dodaj plan…, Ctrl+Shift+P).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No actions yet. Pick an intervention in the Catalogue (F7) and press Enter, or write your own (Action ▸ New Action…, Ctrl+Shift+N).</source>
        <translation>Brak działań. Wybierz interwencję w Katalogu (F7) i naciśnij Enter albo opisz własne działanie (Działanie ▸ Nowe działanie…, Ctrl+Shift+N).</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>Add %n action(s) from catalogue</source>
        <translation>
            <numerusform>dodanie %n działania z katalogu</numerusform>
            <numerusform>dodanie %n działań z katalogu</numerusform>
            <numerusform>dodanie %n działań z katalogu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New action</source>
        <translation>Nowe działanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action &amp;title:</source>
        <translation>&amp;Tytuł działania:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete action %1, “%2”, with its budget and KPIs? Edit ▸ Undo brings it back.</source>
        <translation>Usunąć działanie %1 „%2” wraz z budżetem i KPI? Edycja ▸ Cofnij przywróci je.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Delete action</source>
        <translation>Usuń działanie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>To reorder by dragging, sort by No. and clear the filter (or use Ctrl+Shift+Up/Down).</source>
        <translation>Aby zmieniać kolejność przeciąganiem, posortuj według kolumny Nr i wyczyść filtr (albo użyj Ctrl+Shift+Góra/Dół).</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <location filename="../../../action_planner/ui/advice.py" line="+12"/>
        <source>No owner yet: who leads this action? (Owner and players)</source>
        <translation>Brak podmiotu odpowiedzialnego: kto prowadzi to działanie? (Odpowiedzialni i podmioty)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No KPI yet: how will progress be measured? (KPIs)</source>
        <translation>Brak KPI: jak będą mierzone postępy? (KPI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The KPI “%1” has no target yet.</source>
        <translation>KPI „%1” nie ma jeszcze wartości docelowej.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget line %1 is for %2, before the action starts (%3).</source>
        <translation>Pozycja budżetowa %1 dotyczy roku %2, czyli przed rozpoczęciem działania (%3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget line %1 is for %2, after the action ends (%3).</source>
        <translation>Pozycja budżetowa %1 dotyczy roku %2, czyli po zakończeniu działania (%3).</translation>
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
        <translation>Nie można otworzyć obszaru roboczego</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open workspace</source>
        <translation>Otwórz obszar roboczy</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+28"/>
        <source>Action plans (*.actionplan)</source>
        <translation>Plany działania (*.actionplan)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Write the address as postgresql://user@server/database.</source>
        <translation>Wpisz adres w postaci postgresql://użytkownik@serwer/baza.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connect to Team Workspace</source>
        <translation>Połącz z obszarem zespołowym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database address (the password comes from ~/.pgpass):</source>
        <translation>&amp;Adres bazy danych (hasło zostanie pobrane z ~/.pgpass):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New workspace</source>
        <translation>Nowy obszar roboczy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create workspace</source>
        <translation>Nie można utworzyć obszaru roboczego</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Building the demo workspace…</source>
        <translation>Tworzenie obszaru demonstracyjnego…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot build the demo</source>
        <translation>Nie można utworzyć obszaru demonstracyjnego</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspace in use</source>
        <translation>Obszar roboczy jest w użyciu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Read-Only</source>
        <translation>Otwórz &amp;tylko do odczytu</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot show workspace</source>
        <translation>Nie można wyświetlić obszaru roboczego</translation>
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
        <translation>Działanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net</source>
        <translation>Bilans</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number in the plan</source>
        <translation>Numer w planie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes for</source>
        <translation>Głosy za</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes against</source>
        <translation>Głosy przeciw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes for minus votes against</source>
        <translation>Głosy za minus głosy przeciw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest decision</source>
        <translation>Ostatnia decyzja</translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/board.py" line="+89"/>
        <source>Actions ranked by net votes</source>
        <translation>Działania uszeregowane według bilansu głosów</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vote +</source>
        <translation>Głos +</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One more vote for the selected action (+)</source>
        <translation>Jeszcze jeden głos za wybranym działaniem (+)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vote −</source>
        <translation>Głos −</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One more vote against the selected action (−)</source>
        <translation>Jeszcze jeden głos przeciw wybranemu działaniu (−)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide…</source>
        <translation>Decyzja…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a decision on the selected action (Enter)</source>
        <translation>Zapisz decyzję w sprawie wybranego działania (Enter)</translation>
    </message>
</context>
<context>
    <name>BoardSlide</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/slide_board.py" line="+166"/>
        <source>Impact and effort, and the votes</source>
        <translation>Wpływ, pracochłonność i głosy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ranking by votes</source>
        <translation>Ranking według głosów</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PRIORITISATION</source>
        <translation>PRIORYTETYZACJA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not on the board yet: %1</source>
        <translation>Jeszcze poza tablicą: %1</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/board.py" line="-60"/>
        <source>Prioritisation board: impact by effort</source>
        <translation>Tablica priorytetów: wpływ a pracochłonność</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/totals.py" line="+55"/>
        <source>Theme</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Funding source</source>
        <translation>Źródło finansowania</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting</source>
        <translation>Sprawozdawcza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Udział</translation>
    </message>
</context>
<context>
    <name>BudgetCommands</name>
    <message>
        <location filename="../../../action_planner/ui/commands/budget.py" line="+19"/>
        <source>Add budget line</source>
        <translation>dodanie pozycji budżetowej</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Change budget</source>
        <translation>zmianę budżetu</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete budget line</source>
        <translation>usunięcie pozycji budżetowej</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change reporting currency</source>
        <translation>zmianę waluty sprawozdawczej</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/budget_editor.py" line="+47"/>
        <source>Budget lines</source>
        <translation>Pozycje budżetowe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add &amp;line</source>
        <translation>Dodaj po&amp;zycję</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move line</source>
        <translation>&amp;Usuń pozycję</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action total</source>
        <translation>Razem dla działania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget problems</source>
        <translation>Problemy z budżetem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worth a look</source>
        <translation>Warto sprawdzić</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove budget line</source>
        <translation>Usuń pozycję budżetową</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Action total: %1</source>
        <translation>Razem dla działania: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Line %1, %2: %3</source>
        <translation>Pozycja %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>BudgetLinesModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/lines.py" line="+35"/>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding source</source>
        <translation>Źródło finansowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Uwagi</translation>
    </message>
</context>
<context>
    <name>BudgetSlide</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/slide_budget.py" line="+27"/>
        <source>Budget by theme and by funding source</source>
        <translation>Budżet według tematu i źródła finansowania</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>By theme</source>
        <translation>Według tematu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By funding source</source>
        <translation>Według źródła finansowania</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>BUDGET</source>
        <translation>BUDŻET</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total %1</source>
        <translation>Razem %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 in the reporting currency</source>
        <translation>%1 w walucie sprawozdawczej</translation>
    </message>
</context>
<context>
    <name>CatalogueBrowser</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/catalogue_browser.py" line="+48"/>
        <location line="+1"/>
        <source>Search the catalogue</source>
        <translation>Szukaj w katalogu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme filter</source>
        <translation>Filtr tematu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All themes</source>
        <translation>Wszystkie tematy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catalogue interventions</source>
        <translation>Interwencje z katalogu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Intervention details</source>
        <translation>Szczegóły interwencji</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>Add to Plan</source>
        <translation>Dodaj do planu</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Add the selected intervention as a new action (or drag it onto the table)</source>
        <translation>Dodaj wybraną interwencję jako nowe działanie (lub przeciągnij ją do tabeli)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New…</source>
        <translation>Nowa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an intervention to the catalogue</source>
        <translation>Dodaj interwencję do katalogu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected intervention (or double-click it)</source>
        <translation>Zmień wybraną interwencję (lub kliknij ją dwukrotnie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected intervention from the catalogue (undoable)</source>
        <translation>Usuń wybraną interwencję z katalogu (można cofnąć)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+75"/>
        <source>Delete Intervention</source>
        <translation>Usuń interwencję</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Go to the interventions</source>
        <translation>Przejdź do interwencji</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>No intervention matches the search.</source>
        <translation>Żadna interwencja nie pasuje do wyszukiwania.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Typical duration:</source>
        <translation>Typowy czas trwania:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Typical cost:</source>
        <translation>Typowy koszt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost facts:</source>
        <translation>Dane o kosztach:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested KPIs:</source>
        <translation>Sugerowane KPI:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: %1</source>
        <translation>Źródło: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1–%n month(s)</source>
        <comment>a typical duration from %1 to %n months</comment>
        <translation>
            <numerusform>%1–%n miesiąc</numerusform>
            <numerusform>%1–%n miesiące</numerusform>
            <numerusform>%1–%n miesięcy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n miesiąc</numerusform>
            <numerusform>%n miesiące</numerusform>
            <numerusform>%n miesięcy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueCommands</name>
    <message>
        <location filename="../../../action_planner/ui/commands/catalogue.py" line="+75"/>
        <source>Add intervention</source>
        <translation>dodanie interwencji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change intervention</source>
        <translation>zmianę interwencji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete intervention</source>
        <translation>usunięcie interwencji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The intervention %1 is no longer in the catalogue.</source>
        <translation>Interwencji %1 nie ma już w katalogu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add indicator</source>
        <translation>dodanie wskaźnika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change indicator</source>
        <translation>zmianę wskaźnika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete indicator</source>
        <translation>usunięcie wskaźnika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The indicator %1 is no longer in the library.</source>
        <translation>Wskaźnika %1 nie ma już w bibliotece.</translation>
    </message>
</context>
<context>
    <name>CatalogueFiles</name>
    <message>
        <location filename="../../../action_planner/ui/catalogue_files.py" line="+32"/>
        <source>Catalogue files (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Pliki katalogu (*.csv *.xlsx);;Pliki CSV (*.csv);;Skoroszyty Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Catalogue</source>
        <translation>Eksportuj katalog</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the catalogue to “%1”…</source>
        <translation>Zapisywanie katalogu do „%1”…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalogue was written to “%1”.</source>
        <translation>Katalog zapisano w pliku „%1”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Import Catalogue</source>
        <translation>Importuj katalog</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Import “%1”?

Importing adds or updates entries by code; it cannot be undone.</source>
        <translation>Zaimportować „%1”?

Import dodaje lub aktualizuje pozycje według kodu; nie można go cofnąć.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing “%1”…</source>
        <translation>Importowanie „%1”…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The catalogue was imported.</source>
        <translation>Katalog został zaimportowany.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interventions: %1 added, %2 updated.</source>
        <translation>Interwencje: dodane – %1, zaktualizowane – %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicators: %1 added, %2 updated.</source>
        <translation>Wskaźniki: dodane – %1, zaktualizowane – %2.</translation>
    </message>
</context>
<context>
    <name>ChangesSlide</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/slide_logs.py" line="+71"/>
        <source>Changes since the workshop started</source>
        <translation>Zmiany od początku warsztatu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>NO WORKSHOP RUNNING</source>
        <translation>BRAK TRWAJĄCEGO WARSZTATU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a workshop (Workshop ▸ Start Workshop) to follow what the room changes.</source>
        <translation>Rozpocznij warsztat (Warsztat ▸ Rozpocznij warsztat), aby śledzić zmiany wprowadzane przez uczestników.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SINCE %1</source>
        <translation>OD %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has changed yet.</source>
        <translation>Jeszcze nic się nie zmieniło.</translation>
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
        <translation>Uwagi z przeglądu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No partner has commented on this action yet. Use File ▸ Send for Review…</source>
        <translation>Żaden partner nie skomentował jeszcze tego działania. Użyj polecenia Plik ▸ Wyślij do przeglądu…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../../action_planner/ui/conflict_dialog.py" line="+54"/>
        <source>Changed by another planner</source>
        <translation>Zmienione przez inną osobę</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another planner changed %1 while you were editing it. Nothing was saved yet: choose what to keep.</source>
        <translation>Inna osoba zmieniła %1 podczas Twojej edycji. Nic jeszcze nie zapisano: wybierz, co zachować.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When you started</source>
        <translation>Na początku edycji</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs (saved now)</source>
        <translation>Zapisana przez inną osobę</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>Twoja wersja</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mer&amp;ged text (edit it, then Save Merged):</source>
        <translation>&amp;Scalony tekst (popraw go, a następnie kliknij Zapisz scalony):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep &amp;Theirs</source>
        <translation>Zachowaj wersję &amp;innej osoby</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep &amp;Mine</source>
        <translation>Zachowaj &amp;moją wersję</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save Merged</source>
        <translation>&amp;Zapisz scalony</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>That row no longer exists (another planner deleted it).</source>
        <translation>Ten wiersz już nie istnieje (usunęła go inna osoba).</translation>
    </message>
</context>
<context>
    <name>ContinueDialog</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/session.py" line="+20"/>
        <source>A workshop on this plan has been running since %1. Continue it, or start a new one?</source>
        <translation>Warsztat dotyczący tego planu trwa od %1. Kontynuować go czy rozpocząć nowy?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start workshop</source>
        <translation>Rozpocznij warsztat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Continue</source>
        <translation>&amp;Kontynuuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;New</source>
        <translation>Rozpocznij &amp;nowy</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/inputs.py" line="+81"/>
        <source>e.g. %1 or %2</source>
        <extracomment>Where an empty field&apos;s calendar opens (asked when it opens: the action&apos;s or the plan&apos;s period).</extracomment>
        <translation>np. %1 lub %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Wybierz z kalendarza (Alt+Dół)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is not a date: type it as %2 or %3.</source>
        <translation>„%1” nie jest datą: wpisz ją jako %2 lub %3.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/decisions.py" line="+37"/>
        <source>Record a decision</source>
        <extracomment>Called with the decision and the note when the facilitator presses Record.</extracomment>
        <translation>Zapisz decyzję</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action %1: %2</source>
        <translation>Działanie %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Note (who, what was agreed, what is still open):</source>
        <translation>&amp;Notatka (kto, co ustalono, co pozostaje otwarte):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision note</source>
        <translation>Notatka do decyzji</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Record</source>
        <translation>&amp;Zapisz</translation>
    </message>
</context>
<context>
    <name>DecisionsSlide</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/slide_logs.py" line="-63"/>
        <source>Decisions</source>
        <translation>Decyzje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No decisions recorded yet.</source>
        <translation>Nie zapisano jeszcze żadnej decyzji.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>DECISIONS LOG · %n RECORDED</source>
        <translation>
            <numerusform>REJESTR DECYZJI · %n ZAPISANA</numerusform>
            <numerusform>REJESTR DECYZJI · %n ZAPISANE</numerusform>
            <numerusform>REJESTR DECYZJI · %n ZAPISANYCH</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../../action_planner/ui/document.py" line="+136"/>
        <source>Write the address as postgresql://user@server/database.</source>
        <extracomment>How often a read-only window looks whether the writer committed (ms). What a refresh after another program&apos;s commit reports when it cannot say what changed. How often a team workspace&apos;s window looks for other planners&apos; commits (ms): &quot;within a second&quot;. Emitted once the writer of a read-only window committed, after the views were told to refresh. Emitted once when the file was deleted, moved or replaced while open (the reason): nothing more is written to it, and the window offers to save what it shows as a new file. Emitted when a team workspace&apos;s server stops or starts being reachable (True once it is back, after the views read everything again). The workspace&apos;s funding sources, read again (before any view refreshes) when the list changes.</extracomment>
        <translation>Wpisz adres w postaci postgresql://użytkownik@serwer/baza.</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../../action_planner/ui/entry_editor.py" line="+59"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>ExportDoneDialog</name>
    <message>
        <location filename="../../../action_planner/ui/export_runner.py" line="+33"/>
        <source>The export was saved as
%1</source>
        <extracomment>Formats offered in the menu before the exporters are loaded (they import heavy libraries).</extracomment>
        <translation>Eksport zapisano jako
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export finished</source>
        <translation>Eksport zakończony</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <location line="+26"/>
        <source>Export as Word document</source>
        <translation>Eksportuj jako dokument Word</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word document (*.docx)</source>
        <translation>Dokument Word (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as Excel workbook</source>
        <translation>Eksportuj jako skoroszyt Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as PDF document</source>
        <translation>Eksportuj jako dokument PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Exporting to %1…</source>
        <translation>Eksportowanie do %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Export failed</source>
        <translation>Eksport nie powiódł się</translation>
    </message>
</context>
<context>
    <name>FormBinder</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/forms.py" line="+106"/>
        <source>not scored</source>
        <extracomment>``commit({field: value})`` stores the values and returns the refusals (field -&gt; message), empty if stored.</extracomment>
        <translation>bez oceny</translation>
    </message>
</context>
<context>
    <name>FundingSourceCommands</name>
    <message>
        <location filename="../../../action_planner/ui/commands/funding.py" line="+19"/>
        <source>Add funding source</source>
        <translation>Dodaj źródło finansowania</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rename funding source</source>
        <translation>Zmień nazwę źródła finansowania</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move funding source</source>
        <translation>Przesuń źródło finansowania</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove funding source</source>
        <translation>Usuń źródło finansowania</translation>
    </message>
</context>
<context>
    <name>FundingSourcesDialog</name>
    <message>
        <location filename="../../../action_planner/ui/funding_dialog.py" line="+43"/>
        <source>Funding Sources</source>
        <translation>Źródła finansowania</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Budget lines choose their funding source from this list. The built-in sources are shown in your language; a source that a budget line names cannot be removed.</source>
        <translation>Pozycje budżetowe wybierają źródło finansowania z tej listy. Źródła wbudowane są wyświetlane w Twoim języku; nie można usunąć źródła wskazanego w którejkolwiek pozycji budżetowej.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Funding source problem</source>
        <translation>Problem ze źródłem finansowania</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Funding sources</source>
        <translation>Źródła finansowania</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove Funding Source</source>
        <translation>Usuń źródło finansowania</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. UK Shared Prosperity Fund</source>
        <translation>np. Krajowy Plan Odbudowy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>N&amp;azwa:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename</source>
        <translation>Zmi&amp;eń nazwę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;Up</source>
        <translation>Przesuń &amp;wyżej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;Down</source>
        <translation>Przesuń &amp;niżej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
</context>
<context>
    <name>FundingSourcesModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/funding.py" line="+30"/>
        <source>Funding source</source>
        <translation>Źródło finansowania</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Built in (shown in your language)</source>
        <translation>Wbudowane (wyświetlane w Twoim języku)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added here</source>
        <translation>Dodane tutaj</translation>
    </message>
</context>
<context>
    <name>GlanceView</name>
    <message>
        <location filename="../../../action_planner/ui/glance_view.py" line="+42"/>
        <source>Regions and plans</source>
        <extracomment>The work waits at most this long for the first paint (a window shown minimised may never paint).</extracomment>
        <translation>Regiony i plany</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Actions of the plan</source>
        <translation>Działania planu</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Regions and Plans</source>
        <translation>Regiony i plany</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <location filename="../../../action_planner/ui/indicator_editor.py" line="+27"/>
        <source>New Indicator</source>
        <translation>Nowy wskaźnik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Indicator</source>
        <translation>Edytuj wskaźnik</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An indicator with this code is already in the library.</source>
        <translation>Wskaźnik o tym kodzie jest już w bibliotece.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. EXP-01</source>
        <translation>np. EXP-01</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. enterprises</source>
        <translation>np. przedsiębiorstwa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Interreg Europe programme indicator</source>
        <translation>np. wskaźnik programu Interreg Europa</translation>
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
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Jednostka:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sou&amp;rce:</source>
        <translation>Źró&amp;dło:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
</context>
<context>
    <name>IndicatorPickerDialog</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/indicator_picker.py" line="+53"/>
        <source>&amp;Search the indicator library:</source>
        <translation>&amp;Szukaj w bibliotece wskaźników:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search indicators</source>
        <translation>Szukaj wskaźników</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. RCO02, exporters, enterprises</source>
        <translation>np. RCO02, eksporterzy, przedsiębiorstwa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Matching indicators</source>
        <translation>Pasujące wskaźniki</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;New…</source>
        <translation>&amp;Nowy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Choose an indicator from the list.</source>
        <translation>Wybierz wskaźnik z listy.</translation>
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
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
</context>
<context>
    <name>InterventionEditor</name>
    <message>
        <location filename="../../../action_planner/ui/catalogue_editor.py" line="+47"/>
        <source>New Intervention</source>
        <translation>Nowa interwencja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Intervention</source>
        <translation>Edytuj interwencję</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An intervention with this code is already in the catalogue.</source>
        <translation>Interwencja o tym kodzie jest już w katalogu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. INT-21</source>
        <translation>np. INT-21</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>from</source>
        <translation>od</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <location line="+10"/>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>lowest</source>
        <translation>najniższy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>highest</source>
        <translation>najwyższy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. RCO01; RCO04</source>
        <translation>np. RCO01; RCO04</translation>
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
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Temat:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theme</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uration (months):</source>
        <translation>&amp;Czas trwania (miesiące):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortest duration in months</source>
        <translation>Najkrótszy czas trwania w miesiącach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest duration in months</source>
        <translation>Najdłuższy czas trwania w miesiącach</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Typical c&amp;ost:</source>
        <translation>Typowy ko&amp;szt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lowest typical cost</source>
        <translation>Najniższy typowy koszt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest typical cost</source>
        <translation>Najwyższy typowy koszt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost currency</source>
        <translation>Waluta kosztu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost &amp;facts:</source>
        <translation>&amp;Dane o kosztach:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost facts</source>
        <translation>Dane o kosztach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sou&amp;rce:</source>
        <translation>Ź&amp;ródło:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested &amp;indicators:</source>
        <translation>Sugerowane &amp;wskaźniki:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested indicators</source>
        <translation>Sugerowane wskaźniki</translation>
    </message>
</context>
<context>
    <name>InterventionsModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/catalogue.py" line="-63"/>
        <source>Intervention</source>
        <translation>Interwencja</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../../action_planner/ui/jobs.py" line="+149"/>
        <source>Another job is still running; start this one when it has finished.</source>
        <translation>Trwa inne zadanie; uruchom to, gdy tamto się zakończy.</translation>
    </message>
</context>
<context>
    <name>KpiCommands</name>
    <message>
        <location filename="../../../action_planner/ui/commands/kpis.py" line="+22"/>
        <source>Add KPI</source>
        <translation>dodanie KPI</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change KPI</source>
        <translation>zmianę KPI</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete KPI</source>
        <translation>usunięcie KPI</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Correct KPI value</source>
        <translation>korektę wartości KPI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record KPI value</source>
        <translation>zapisanie wartości KPI</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove KPI value</source>
        <translation>usunięcie wartości KPI</translation>
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
        <translation>Dodaj KP&amp;I…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change indicator…</source>
        <translation>&amp;Zmień wskaźnik…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move KPI</source>
        <translation>&amp;Usuń KPI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KPI problems</source>
        <translation>Problemy z KPI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove KPI</source>
        <translation>Usuń KPI</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Values measured for the selected KPI</source>
        <translation>Wartości zmierzone dla wybranego KPI</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Record value…</source>
        <translation>Zapi&amp;sz wartość…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove va&amp;lue</source>
        <translation>Usuń wa&amp;rtość</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove value</source>
        <translation>Usuń wartość</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Values measured for “%1”:</source>
        <translation>Wartości zmierzone dla „%1”:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Values measured:</source>
        <translation>Wartości zmierzone:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The KPI is no longer there (it may have been removed).</source>
        <translation>Tego KPI już nie ma (mógł zostać usunięty).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>KPI %1, %2: %3</source>
        <translation>KPI %1, %2: %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add KPI</source>
        <translation>Dodaj KPI</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change indicator</source>
        <translation>Zmień wskaźnik</translation>
    </message>
</context>
<context>
    <name>KpisModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/lines.py" line="+35"/>
        <source>Indicator</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Wartość bazowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Wartość docelowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>Termin osiągnięcia</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../../action_planner/model/enums.py" line="+30"/>
        <source>Investment for Growth and Jobs programme</source>
        <translation>Program Inwestycje na rzecz wzrostu i zatrudnienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>European Territorial Cooperation programme</source>
        <translation>Program Europejskiej Współpracy Terytorialnej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other regional development policy instrument</source>
        <translation>Inny instrument polityki rozwoju regionalnego</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Draft</source>
        <translation>Wersja robocza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>W trakcie oceny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endorsed</source>
        <translation>Zatwierdzony</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Planned</source>
        <translation>Zaplanowane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>W trakcie realizacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Zrealizowane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delayed</source>
        <translation>Opóźnione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Anulowane</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>High</source>
        <translation>Wysoki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Średni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Niski</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ERDF / Interreg</source>
        <translation>EFRR / Interreg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National</source>
        <translation>Krajowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional</source>
        <translation>Regionalne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipal</source>
        <translation>Gminne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>Prywatne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Agreed</source>
        <translation>Przyjęte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To revisit</source>
        <translation>Do ponownego omówienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parked</source>
        <translation>Odłożone</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Output</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Rezultat</translation>
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
        <translation>Otwieranie %1…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan details</source>
        <translation>Szczegóły planu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regions and Plans</source>
        <translation>Regiony i plany</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Totals</source>
        <translation>Sumy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved state</source>
        <translation>Stan zapisu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All changes saved</source>
        <translation>Wszystkie zmiany zapisane</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (read-only) — Action Planner</source>
        <translation>%1 (tylko do odczytu) — Action Planner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>Tylko do odczytu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read-only: another window or program is writing to this workspace. Its changes appear here as they are saved.</source>
        <translation>Tylko do odczytu: inne okno lub program zapisuje dane w tym obszarze roboczym. Jego zmiany pojawiają się tutaj na bieżąco po zapisaniu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (no longer on disk) — Action Planner</source>
        <translation>%1 (brak pliku na dysku) — Action Planner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As…</source>
        <translation>Zapisz jako…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workspace file gone</source>
        <translation>Brak pliku obszaru roboczego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace file is gone; use Save As to keep these plans.</source>
        <translation>Plik obszaru roboczego zniknął; użyj polecenia Zapisz jako, aby zachować te plany.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: the file is gone</source>
        <translation>Nie zapisano: plik zniknął</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Connected to the server again; the plans show its latest state.</source>
        <translation>Ponownie połączono z serwerem; plany pokazują jego najnowszy stan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Server unreachable</source>
        <translation>Serwer niedostępny</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The server cannot be reached. The window keeps what it shows and tries again every second; edits are refused until it is back, and nothing is reported as saved that the server did not store.</source>
        <translation>Nie można połączyć się z serwerem. Okno zachowuje wyświetlane dane i ponawia próbę co sekundę; do czasu przywrócenia połączenia edycja jest zablokowana, a jako zapisane oznaczane jest tylko to, co serwer faktycznie zapisał.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This plan holds a damaged value; choose another plan.</source>
        <translation>Ten plan zawiera uszkodzoną wartość; wybierz inny plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Damaged value</source>
        <translation>Uszkodzona wartość</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Save a copy as</source>
        <translation>Zapisz kopię jako</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action plans (*.actionplan)</source>
        <translation>Plany działania (*.actionplan)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save As</source>
        <translation>Zapisz jako</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved a copy as %1</source>
        <translation>Zapisano kopię jako %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Uploaded to %1</source>
        <translation>Przesłano do %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upload to Team Workspace</source>
        <translation>Prześlij do obszaru zespołowego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Empty database to copy every plan into (postgresql://user@server/database):</source>
        <translation>&amp;Pusta baza danych, do której zostaną skopiowane wszystkie plany (postgresql://użytkownik@serwer/baza):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a plan to export first.</source>
        <translation>Najpierw wybierz plan do eksportu.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Indicator Library</source>
        <translation>Biblioteka wskaźników</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/measure_dialog.py" line="+27"/>
        <source>Correct KPI Value</source>
        <extracomment>``store(measured_on, value typed, note)`` returns None when recorded, else why not.</extracomment>
        <translation>Popraw wartość KPI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record KPI Value</source>
        <translation>Zapisz wartość KPI</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 12 or %1</source>
        <translation>np. 12 lub %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source or remark (optional)</source>
        <translation>źródło lub uwaga (opcjonalnie)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Measured on:</source>
        <translation>&amp;Data pomiaru:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Value (%1):</source>
        <translation>&amp;Wartość (%1):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Value:</source>
        <translation>&amp;Wartość:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Uwagi:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type the date the value was measured on.</source>
        <translation>Podaj datę pomiaru wartości.</translation>
    </message>
</context>
<context>
    <name>MeasuredModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/lines.py" line="+66"/>
        <source>Measured on</source>
        <translation>Data pomiaru</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Uwagi</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <location filename="../../../action_planner/model/catalogue.py" line="+93"/>
        <source>“%1” may only hold letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <extracomment>Columns of a catalogue file, in order (CSV header and XLSX sheet headers). Separator of indicator codes inside the ``suggested_indicators`` column.</extracomment>
        <translation>„%1” może zawierać tylko litery, cyfry oraz znaki &apos;-&apos;, &apos;_&apos; i &apos;.&apos;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a whole number of months.</source>
        <translation>„%1” nie jest całkowitą liczbą miesięcy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A duration is between 1 and 240 months.</source>
        <translation>Czas trwania wynosi od 1 do 240 miesięcy.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../../action_planner/model/services/base.py" line="+105"/>
        <source>“%1” is not a theme (choose one of: %2).</source>
        <translation>„%1” nie jest tematem (wybierz jeden z: %2).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>List indicator codes separated by semicolons, e.g. %1.</source>
        <translation>Podaj kody wskaźników rozdzielone średnikami, na przykład %1.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The highest typical cost is below the lowest.</source>
        <translation>Najwyższy typowy koszt jest niższy od najniższego.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The longest duration is shorter than the shortest.</source>
        <translation>Najdłuższy czas trwania jest krótszy od najkrótszego.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>“%1” is not a theme.</source>
        <extracomment>Rows per INSERT ... RETURNING of new interventions (each an executemany of SQLite&apos;s multi-row VALUES).</extracomment>
        <translation>„%1” nie jest tematem.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Not in the indicator library: %1. Add them first.</source>
        <translation>
            <numerusform>Brak w bibliotece wskaźników: %1. Najpierw go dodaj.</numerusform>
            <numerusform>Brak w bibliotece wskaźników: %1. Najpierw je dodaj.</numerusform>
            <numerusform>Brak w bibliotece wskaźników: %1. Najpierw je dodaj.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/errors.py" line="+57"/>
        <source>Cannot open “%1”: %2</source>
        <translation>Nie można otworzyć „%1”: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>“%1” holds %n damaged value(s) that cannot be read:</source>
        <translation>
            <numerusform>„%1” zawiera %n uszkodzoną wartość, której nie można odczytać:</numerusform>
            <numerusform>„%1” zawiera %n uszkodzone wartości, których nie można odczytać:</numerusform>
            <numerusform>„%1” zawiera %n uszkodzonych wartości, których nie można odczytać:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed, and the rest of the workspace can still be used; correct the value with a copy of the file from before it was damaged.</source>
        <translation>Nic nie zostało zmienione, a z pozostałej części obszaru roboczego można nadal korzystać; popraw wartość, korzystając z kopii pliku sprzed uszkodzenia.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nothing was saved to “%1”: %2</source>
        <extracomment>The window&apos;s sentences: the heading, each damaged value on its own line, then what to do.</extracomment>
        <translation>Nic nie zostało zapisane w „%1”: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>it is already open for writing %1. Open it read-only, or close it there first.</source>
        <translation>plik jest już otwarty do zapisu %1. Otwórz go tylko do odczytu albo najpierw zamknij go tam.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Another planner changed %1 (%2) since this window showed it; nothing was saved.</source>
        <translation>Inny planista zmienił %1 (%2), odkąd to okno je wyświetliło; nic nie zostało zapisane.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/fileformat.py" line="+34"/>
        <source>the path leads nowhere (%1).</source>
        <extracomment>SQLite ``application_id`` of every workspace (&quot;APLN&quot;). ``user_version`` written by the newest migration; a file above it is from a newer app. How long an action waits for another program&apos;s lock before giving up (ms).</extracomment>
        <translation>ścieżka nie prowadzi do żadnego pliku (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the path could not be followed (%1).</source>
        <translation>nie można przejść tą ścieżką (%1).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the file does not exist.</source>
        <translation>plik nie istnieje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a folder, not a workspace file.</source>
        <translation>to jest folder, a nie plik obszaru roboczego.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>you do not have permission to read it.</source>
        <translation>nie masz uprawnień do odczytu tego pliku.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it could not be read (%1).</source>
        <translation>nie można go odczytać (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is empty.</source>
        <translation>plik jest pusty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not an Action Planner workspace (not a SQLite database).</source>
        <translation>to nie jest obszar roboczy Action Planner (nie jest to baza danych SQLite).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is a SQLite database from another application, not an Action Planner workspace.</source>
        <translation>to baza danych SQLite innej aplikacji, a nie obszar roboczy Action Planner.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it was saved by a newer version of Action Planner (file format %1; this version reads up to %2). Update Action Planner to open it.</source>
        <translation>plik został zapisany w nowszej wersji Action Planner (format pliku %1; ta wersja odczytuje formaty do %2). Zaktualizuj Action Planner, aby go otworzyć.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/money.py" line="+50"/>
        <source>Choose a currency.</source>
        <extracomment>The rounding rule, stated once: every amount is rounded to its currency&apos;s minor unit, half away from zero (&quot;commercial rounding&quot;), as soon as it is entered or converted. Totals add rounded amounts, so every total equals the sum of its parts to the cent. Largest amount accepted for one budget line (a sanity bound, not a policy). Decimal places of an exchange rate (InforEuro publishes 4; central banks up to 6). Rates and intermediate products are computed at this precision before rounding.</extracomment>
        <translation>Wybierz walutę.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not an ISO 4217 currency code (for example %2).</source>
        <translation>„%1” nie jest kodem waluty ISO 4217 (na przykład %2).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Amounts must be exact; enter the figure as text, not as a float.</source>
        <translation>Kwoty muszą być dokładne; wpisz kwotę jako tekst, a nie jako liczbę zmiennoprzecinkową.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Enter an amount as a number, for example 12500.00.</source>
        <translation>Wpisz kwotę jako liczbę, na przykład 12500.00.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An amount cannot be negative.</source>
        <translation>Kwota nie może być ujemna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That amount is too large (the limit is one trillion).</source>
        <translation>Ta kwota jest za duża (limit to bilion).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 amounts are in whole units.</source>
        <translation>Kwoty w %1 podaje się w pełnych jednostkach.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 amounts have at most %n decimal place(s).</source>
        <translation>
            <numerusform>Kwoty w %1 mają najwyżej %n miejsce po przecinku.</numerusform>
            <numerusform>Kwoty w %1 mają najwyżej %n miejsca po przecinku.</numerusform>
            <numerusform>Kwoty w %1 mają najwyżej %n miejsc po przecinku.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter an amount.</source>
        <translation>Wpisz kwotę.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use a point for decimals, for example 12500.50.</source>
        <translation>Jako separatora dziesiętnego użyj kropki, na przykład 12500.50.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the rate as text, for example 11.2345.</source>
        <translation>Wpisz kurs jako tekst, na przykład 11.2345.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The rate must be a number, for example 11.2345.</source>
        <translation>Kurs musi być liczbą, na przykład 11.2345.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rate must be a positive number.</source>
        <translation>Kurs musi być liczbą dodatnią.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That rate is out of any plausible range.</source>
        <translation>Ten kurs jest poza jakimkolwiek wiarygodnym zakresem.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Give the rate with at most %n decimal place(s).</source>
        <translation>
            <numerusform>Podaj kurs z najwyżej %n miejscem po przecinku.</numerusform>
            <numerusform>Podaj kurs z najwyżej %n miejscami po przecinku.</numerusform>
            <numerusform>Podaj kurs z najwyżej %n miejscami po przecinku.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No exchange rate from %1 to %2: add one under Plan ▸ Exchange Rates.</source>
        <translation>Brak kursu walut z %1 na %2: dodaj go w menu Plan ▸ Kursy walut.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/refusals.py" line="+34"/>
        <source>another program kept the file locked for too long. Try again in a moment, or close it there.</source>
        <translation>inny program zbyt długo blokował plik. Spróbuj ponownie za chwilę albo zamknij plik w tamtym programie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the disk is full. Free some space and try again.</source>
        <translation>dysk jest pełny. Zwolnij trochę miejsca i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file became read-only. Check its permissions or the drive, then try again.</source>
        <translation>plik stał się tylko do odczytu. Sprawdź jego uprawnienia lub dysk, a następnie spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the drive reported a read or write error. Check the drive, then try again.</source>
        <translation>dysk zgłosił błąd odczytu lub zapisu. Sprawdź dysk, a następnie spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is damaged. Save a copy with File › Save As and check it.</source>
        <translation>plik jest uszkodzony. Zapisz kopię poleceniem Plik › Zapisz jako i sprawdź ją.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/server.py" line="+78"/>
        <source>this region&apos;s plans belong to another agency; your role may not change them.</source>
        <extracomment>The channel every team workspace announces its commits on (one database per workspace). PostgreSQL&apos;s limit for a NOTIFY payload is 8,000 bytes; a larger change is announced as &quot;everything&quot;. How long a write waits for a row another planner is changing, before it is refused as busy. After a lost connection, how long to wait between tries to listen again (seconds).</extracomment>
        <translation>plany tego regionu należą do innej agencji; Twoja rola nie pozwala ich zmieniać.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>your role on the server may not make this change (ask the workspace&apos;s owner for editor rights).</source>
        <translation>Twoja rola na serwerze nie pozwala na tę zmianę (poproś właściciela obszaru roboczego o uprawnienia do edycji).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>another planner was changing the same rows. Try again in a moment.</source>
        <translation>inny planista zmieniał te same wiersze. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server&apos;s disk is full. Tell the server&apos;s administrator.</source>
        <translation>dysk serwera jest pełny. Powiadom administratora serwera.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server could not be reached. Check the network; the window keeps what it shows and retries.</source>
        <translation>nie można połączyć się z serwerem. Sprawdź sieć; okno zachowuje wyświetlane dane i ponawia próbę.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the database is empty. Upload a workspace to it (File › Upload to Team Workspace… or action-planner copy FILE URL), or create a new one in it.</source>
        <translation>baza danych jest pusta. Prześlij do niej obszar roboczy (Plik › Prześlij do obszaru roboczego zespołu… lub action-planner copy FILE URL) albo utwórz w niej nowy.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the database holds tables that are not an Action Planner workspace.</source>
        <translation>baza danych zawiera tabele, które nie należą do obszaru roboczego Action Planner.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its format “%1” is not one Action Planner wrote.</source>
        <translation>jego format „%1” nie pochodzi z Action Planner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it was written by a newer version of Action Planner (format %1).</source>
        <translation>został zapisany przez nowszą wersję Action Planner (format %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it lacks the workspace tables %1.</source>
        <translation>brakuje w nim tabel obszaru roboczego: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>your role on the server may not read this workspace.</source>
        <translation>Twoja rola na serwerze nie pozwala na odczyt tego obszaru roboczego.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server refused the connection (%1).</source>
        <translation>serwer odrzucił połączenie (%1).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>it is in the older format %1; upgrading changes it for every planner. Keep a dump first (%2), then open it again and confirm the upgrade (%3).</source>
        <translation>jest w starszym formacie %1; aktualizacja zmieni go dla wszystkich planistów. Najpierw zachowaj zrzut (%2), a następnie otwórz go ponownie i potwierdź aktualizację (%3).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the database is not empty; a new workspace needs an empty one.</source>
        <translation>baza danych nie jest pusta; nowy obszar roboczy wymaga pustej bazy.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>your role on the server lets you read this workspace, not change it.</source>
        <translation>Twoja rola na serwerze pozwala odczytywać ten obszar roboczy, ale nie zmieniać go.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/actions.py" line="+144"/>
        <source>Name the person responsible first: the e-mail address is theirs.</source>
        <extracomment>Editable action fields with their checks. Owner fields take names (created when new). Fields stored as they are cleaned (theme and owner go through lookups).</extracomment>
        <translation>Najpierw podaj osobę odpowiedzialną: adres e-mail należy do niej.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+162"/>
        <source>action %1 “%2”</source>
        <translation>działanie %1 „%2”</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+367"/>
        <location filename="../../../action_planner/model/services/base.py" line="-77"/>
        <source>That action no longer exists (it may have been deleted).</source>
        <extracomment>Fields that are columns of the action itself, shown as they are stored (no neighbour to look up).
----------
What :func:`get_or_fail` says of each kind of record that is no longer there, one whole sentence each.</extracomment>
        <translation>To działanie już nie istnieje (mogło zostać usunięte).</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>Choose a position from %1 to %2.</source>
        <translation>Wybierz pozycję od %1 do %2.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>“%1” is listed twice; give it one role.</source>
        <translation>„%1” występuje dwa razy; przypisz jej jedną rolę.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/budget.py" line="+181"/>
        <source>a budget line of action %1 “%2”</source>
        <extracomment>What the totals read of a budget line: its action, the action&apos;s theme, source, year, amount and currency.</extracomment>
        <translation>pozycję budżetową działania %1 „%2”</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>A rate links two different currencies.</source>
        <translation>Kurs łączy dwie różne waluty.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the date the rate is valid from.</source>
        <translation>Podaj datę, od której obowiązuje kurs.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/kpis.py" line="+43"/>
        <source>“%1” is not in the indicator library; add it there first, or name a custom KPI.</source>
        <translation>„%1” nie występuje w bibliotece wskaźników; najpierw dodaj go tam albo nazwij własny wskaźnik KPI.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the date the value was measured.</source>
        <translation>Podaj datę pomiaru wartości.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name a custom KPI, or pick an indicator from the library.</source>
        <extracomment>Library units that mean &quot;money in the plan&apos;s currency&quot; (the ERDF indicators count euros).</extracomment>
        <translation>Nazwij własny wskaźnik KPI albo wybierz wskaźnik z biblioteki.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the KPI “%1”</source>
        <translation>wskaźnik KPI „%1”</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/reviews.py" line="+138"/>
        <source>Choose at least one plan to send for review.</source>
        <translation>Wybierz co najmniej jeden plan do przesłania do przeglądu.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This workspace never sent review round %1.</source>
        <translation>Ten obszar roboczy nigdy nie wysłał rundy przeglądu %1.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 and %2 propose different values for the same field; accept one of them.</source>
        <translation>%1 i %2 proponują różne wartości tego samego pola; zaakceptuj tylko jedną z nich.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Review round %1 is closed; its proposals can no longer be applied.</source>
        <translation>Runda przeglądu %1 jest zamknięta; jej propozycji nie można już zastosować.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>An action the review changes was deleted since; reject its proposals.</source>
        <translation>Działanie, które zmienia przegląd, zostało w międzyczasie usunięte; odrzuć jego propozycje.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/workshops.py" line="+338"/>
        <location line="+35"/>
        <source>Votes are whole numbers from %1 to %2.</source>
        <extracomment>Largest number of dots one action can hold (a sanity bound for a room of people). The action&apos;s own fields compared besides title, owner and total, in the order the editor shows them.</extracomment>
        <translation>Głosy są liczbami całkowitymi od %1 do %2.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Votes are whole numbers.</source>
        <translation>Głosy są liczbami całkowitymi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../action_planner/model/team.py" line="+166"/>
        <source>The workspace has no region %1 (its regions: %2).</source>
        <extracomment>Which region a row of each plan-owned table belongs to: (table, guard function, its column). The functions the policies call. SECURITY DEFINER, so that a planner need not read ``team_regions``&apos; rows of others; ``session_user`` is the planner&apos;s login. A parent that is not found is being deleted in the same statement (its own guard decided), so its rows follow it; a missing plan of a rate is a workspace-wide rate, which only an editor of every region changes.</extracomment>
        <translation>
            <numerusform>Obszar roboczy nie ma regionu %1 (jego regiony: %2).</numerusform>
            <numerusform>Obszar roboczy nie ma regionów %1 (jego regiony: %2).</numerusform>
            <numerusform>Obszar roboczy nie ma regionów %1 (jego regiony: %2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1” is not a role (choose %2 or %3).</source>
        <translation>„%1” nie jest rolą (wybierz %2 lub %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only an editor is given regions: a viewer changes none.</source>
        <translation>Regiony przydziela się tylko redaktorowi: przeglądający nie zmienia żadnego.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server has no login “%1”; its administrator creates it (createuser).</source>
        <translation>Serwer nie ma loginu „%1”; tworzy go administrator serwera (createuser).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>only the workspace&apos;s owner, with the right to create roles, may grant access (%1).</source>
        <translation>tylko właściciel obszaru roboczego, mający prawo tworzenia ról, może nadawać dostęp (%1).</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/transfer.py" line="+104"/>
        <location filename="../../../action_planner/model/workspace.py" line="+453"/>
        <source>a file with that name already exists.</source>
        <extracomment>Rows read and written per round trip.</extracomment>
        <translation>plik o tej nazwie już istnieje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../../action_planner/model/workspace.py" line="+2"/>
        <source>its folder does not exist.</source>
        <translation>jego folder nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/validation.py" line="+43"/>
        <source>Enter text here.</source>
        <extracomment>The characters of Unicode categories Cc and Cs (control characters and lone surrogates; new emoji and private use are kept), as one class, tested against unicodedata for every code point: a regex scans a text many times faster than a category lookup per character. The same but for tab and newline, which a multi-line text keeps. What XML 1.0 (so Word and Excel files) cannot hold: C0 controls but tab, newline and carriage return, lone surrogates, and the two noncharacters U+FFFE and U+FFFF. Characters a long text field (background, description, notes, policy context) holds at most. Decimal places a KPI figure may carry (a percentage to 4 places, a rate per 1,000 …). Every number stored in a workspace is below this and carries at most this many places (money less).</extracomment>
        <translation>Wpisz tutaj tekst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This holds a character that documents cannot store (U+FFFE or U+FFFF), often left by a damaged copy and paste; delete it and try again.</source>
        <translation>To pole zawiera znak, którego dokumenty nie mogą przechowywać (U+FFFE lub U+FFFF), zwykle pozostałość po nieudanym kopiowaniu i wklejaniu; usuń go i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This cannot be empty.</source>
        <translation>To pole nie może być puste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is too long (%1 characters; the limit is %2).</source>
        <translation>Tekst jest za długi (liczba znaków: %1; limit: %2).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Enter a finite number.</source>
        <translation>Wpisz liczbę skończoną.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This cannot be negative.</source>
        <translation>Ta wartość nie może być ujemna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That number is too large.</source>
        <translation>Ta liczba jest za duża.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Use at most %n decimal place(s).</source>
        <translation>
            <numerusform>Użyj najwyżej %n miejsca po przecinku.</numerusform>
            <numerusform>Użyj najwyżej %n miejsc po przecinku.</numerusform>
            <numerusform>Użyj najwyżej %n miejsc po przecinku.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an exact number stored as text</source>
        <translation>dokładna liczba zapisana jako tekst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a number</source>
        <translation>liczba</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a finite number</source>
        <translation>liczba skończona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number that is not negative</source>
        <translation>liczba nieujemna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a positive number</source>
        <translation>liczba dodatnia</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>a number below %1 with at most %n decimal place(s)</source>
        <translation>
            <numerusform>liczba mniejsza niż %1, z najwyżej %n miejscem po przecinku</numerusform>
            <numerusform>liczba mniejsza niż %1, z najwyżej %n miejscami po przecinku</numerusform>
            <numerusform>liczba mniejsza niż %1, z najwyżej %n miejscami po przecinku</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose yes or no.</source>
        <translation>Wybierz tak lub nie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” does not look like an e-mail address.</source>
        <translation>„%1” nie wygląda na adres e-mail.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is not a date; use YYYY-MM-DD.</source>
        <translation>„%1” nie jest datą; użyj formatu RRRR-MM-DD.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>Wpisz datę w formacie RRRR-MM-DD.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The end date is before the start date.</source>
        <translation>Data zakończenia jest wcześniejsza niż data rozpoczęcia.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/funding.py" line="+40"/>
        <source>That funding source no longer exists (it may have been removed).</source>
        <translation>To źródło finansowania już nie istnieje (mogło zostać usunięte).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is already in the list of funding sources.</source>
        <translation>„%1” jest już na liście źródeł finansowania.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../../action_planner/model/validation.py" line="+15"/>
        <source>“%1” is not one of: %2.</source>
        <translation>„%1” nie jest żadną z dopuszczalnych wartości: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a funding source to the list first.</source>
        <translation>Najpierw dodaj źródło finansowania do listy.</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>“%1” is the funding source of %n budget line(s); give them another source first.</source>
        <translation>
            <numerusform>„%1” jest źródłem finansowania %n pozycji budżetowej; najpierw przypisz jej inne źródło.</numerusform>
            <numerusform>„%1” jest źródłem finansowania %n pozycji budżetowych; najpierw przypisz im inne źródło.</numerusform>
            <numerusform>„%1” jest źródłem finansowania %n pozycji budżetowych; najpierw przypisz im inne źródło.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/validation.py" line="+7"/>
        <location line="+21"/>
        <source>Enter a number.</source>
        <translation>Wpisz liczbę.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Enter the number as text or an integer, not a float.</source>
        <translation>Wpisz liczbę jako tekst lub liczbę całkowitą, a nie jako liczbę zmiennoprzecinkową.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/money.py" line="-48"/>
        <location filename="../../../action_planner/model/validation.py" line="+14"/>
        <source>“%1” is not a number.</source>
        <translation>„%1” nie jest liczbą.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/validation.py" line="+13"/>
        <location line="+6"/>
        <location line="+4"/>
        <source>Scores are whole numbers from %1 to %2.</source>
        <translation>Oceny są liczbami całkowitymi od %1 do %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Enter a year such as %1.</source>
        <translation>Wpisz rok, na przykład %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a year between %1 and %2.</source>
        <translation>Wpisz rok z zakresu od %1 do %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This field cannot be edited.</source>
        <translation>Tego pola nie można edytować.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/workspace.py" line="-298"/>
        <source>another program is writing to it (the file is locked). Close it there.</source>
        <extracomment>What a refresh after another program&apos;s commit reports when it cannot say what: everything may have changed.</extracomment>
        <translation>inny program zapisuje do tego pliku (plik jest zablokowany). Zamknij go w tamtym programie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its unfinished change could not be undone (%1).</source>
        <translation>nie można cofnąć jego niedokończonej zmiany (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is damaged (%1).</source>
        <translation>plik jest uszkodzony (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SQLite could not open it (%1).</source>
        <translation>SQLite nie może go otworzyć (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its journal shows a database from another application.</source>
        <translation>jego dziennik wskazuje na bazę danych innej aplikacji.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it was saved by a newer version of Action Planner (file format %1).</source>
        <translation>plik został zapisany w nowszej wersji Action Planner (format pliku %1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it contains database objects that Action Planner did not create, or lacks its own (%1); it was not opened, for safety.</source>
        <translation>zawiera obiekty bazy danych, których Action Planner nie utworzył, albo brakuje w nim jego własnych (%1); ze względów bezpieczeństwa nie został otwarty.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>another program is using it (the file is locked). Close it there and retry.</source>
        <translation>inny program używa tego pliku (plik jest zablokowany). Zamknij go w tamtym programie i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the file is read-only. Make it writable, or copy it, and open it again.</source>
        <translation>plik jest tylko do odczytu. Zezwól na zapis albo skopiuj plik i otwórz go ponownie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its folder is read-only (Action Planner keeps a journal beside the file). Copy it elsewhere.</source>
        <translation>jego folder jest tylko do odczytu (Action Planner przechowuje dziennik obok pliku). Skopiuj plik w inne miejsce.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>another program is writing to it (the file is locked). Close it there and retry.</source>
        <translation>inny program zapisuje do tego pliku (plik jest zablokowany). Zamknij go w tamtym programie i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SQLite refused it (%1).</source>
        <translation>SQLite go odrzucił (%1).</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>it could not be opened (%1).</source>
        <extracomment>Where the workspace is: the file, or the server database (``.name`` and ``.stem`` on both). Opened read-only (another window or program writes): every change is refused with a message.</extracomment>
        <translation>nie można go otworzyć (%1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>it is in the older file format %1; open it for writing once so it is upgraded.</source>
        <translation>jest w starszym formacie pliku %1; otwórz go raz do zapisu, aby został zaktualizowany.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>its folder is read-only.</source>
        <translation>jego folder jest tylko do odczytu.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>it is open read-only because another window or program is writing to it.</source>
        <translation>jest otwarty tylko do odczytu, ponieważ inne okno lub program zapisuje do niego.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the file was deleted or moved while it was open. Use File › Save As to keep this window&apos;s plans as a new file.</source>
        <translation>plik został usunięty lub przeniesiony, gdy był otwarty. Użyj polecenia Plik › Zapisz jako, aby zachować plany z tego okna w nowym pliku.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file was replaced by another one while it was open (a sync program or a restored copy?). Use File › Save As to keep this window&apos;s plans as a new file, then open the other one.</source>
        <translation>plik został zastąpiony innym, gdy był otwarty (program synchronizujący lub przywrócona kopia?). Użyj polecenia Plik › Zapisz jako, aby zachować plany z tego okna w nowym pliku, a następnie otwórz ten drugi.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>that is the workspace itself.</source>
        <extracomment>A file on disk (False for a database on a server). Whether the workspace was reached at the last contact (a server&apos;s connection can break; a file&apos;s not).</extracomment>
        <translation>to jest ten sam obszar roboczy.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the journal “%1” beside it belongs to another database (copied there by a sync program or a copy?). Neither file was changed. Move “%1” away, then open it again.</source>
        <translation>dziennik „%1” obok pliku należy do innej bazy danych (skopiował go tam program synchronizujący albo kopiowanie?). Żaden z plików nie został zmieniony. Przenieś „%1” w inne miejsce, a następnie otwórz plik ponownie.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/writer.py" line="+64"/>
        <source>by another window or program</source>
        <translation>przez inne okno lub program</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>by %1</source>
        <translation>przez użytkownika %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on %1</source>
        <translation>na komputerze %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(process %1)</source>
        <translation>(proces %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>since %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>its folder is read-only (Action Planner keeps a lock file beside it).</source>
        <extracomment>What the lock file said before this holder took it (a crashed holder&apos;s ``wal`` record).</extracomment>
        <translation>jego folder jest tylko do odczytu (Action Planner przechowuje plik blokady obok pliku).</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/catalogue_files.py" line="+61"/>
        <source>“%1” row %2</source>
        <extracomment>Limits that keep a hostile or mistaken file from exhausting memory or time. ``catalogue.csv`` has its indicator library beside it in ``catalogue-indicators.csv``. Row number the service gives the first data row; its messages are renumbered to the file&apos;s rows. How a row of a named file or sheet is called in messages: %1 the file or sheet, %2 the row number.</extracomment>
        <translation>„%1”, wiersz %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../action_planner/export/review_import.py" line="+154"/>
        <source>%1 row %2</source>
        <extracomment>A row of a sheet: %1 the sheet&apos;s name, %2 the row number.</extracomment>
        <translation>%1, wiersz %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file</source>
        <extracomment>What a file&apos;s checks call the whole file, and the two kinds of table in it.</extracomment>
        <translation>plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1”</source>
        <translation>„%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2. Its columns are %3; the interventions columns are %4.</source>
        <translation>%1 %2. Jego kolumny: %3; kolumny interwencji to: %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2. Its columns are %3; the indicators columns are %4.</source>
        <translation>%1 %2. Jego kolumny: %3; kolumny wskaźników to: %4.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write “%1”: %2</source>
        <translation>Nie można zapisać „%1”: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot import “%1”: %2</source>
        <translation>Nie można zaimportować „%1”: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>choose a file name ending in .csv or .xlsx.</source>
        <translation>wybierz nazwę pliku z rozszerzeniem .csv lub .xlsx.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>an entry holds a character Excel cannot store (%1).</source>
        <translation>jeden z wpisów zawiera znak, którego Excel nie może przechować (%1).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>that is a folder.</source>
        <translation>to jest folder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../../action_planner/export/safe_write.py" line="+41"/>
        <source>the folder “%1” does not exist.</source>
        <extracomment>A temporary file of the same target untouched this long is a leftover of a killed export.</extracomment>
        <translation>folder „%1” nie istnieje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>permission denied (is the file open in another program, or the folder read-only?).</source>
        <translation>odmowa dostępu (czy plik jest otwarty w innym programie albo folder jest tylko do odczytu?).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>only .csv and .xlsx files can be imported.</source>
        <translation>można importować tylko pliki .csv i .xlsx.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>it is not a regular file (a pipe, a device or a folder).</source>
        <translation>to nie jest zwykły plik (tylko potok, urządzenie lub folder).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../../action_planner/export/review_import.py" line="+122"/>
        <source>there is no such file.</source>
        <translation>taki plik nie istnieje.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../../action_planner/export/review_import.py" line="+8"/>
        <source>the file is larger than %1 MB, the limit.</source>
        <translation>plik przekracza limit %1 MB.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it is neither UTF-8 nor Windows-1252 text; save it as “CSV UTF-8”.</source>
        <translation>nie jest to tekst w kodowaniu UTF-8 ani Windows-1252; zapisz go jako „CSV UTF-8”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not a CSV text file; save it from Excel as “CSV UTF-8”.</source>
        <translation>to nie jest plik tekstowy CSV; zapisz go w Excelu jako „CSV UTF-8”.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>line %1 is not valid CSV (%2).</source>
        <translation>wiersz %1 nie jest poprawnym CSV (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is empty; it needs a header row naming the columns.</source>
        <translation>plik jest pusty; potrzebny jest wiersz nagłówka z nazwami kolumn.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the sheet “%1”</source>
        <translation>arkusz „%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it has no sheet named “%1” or “%2” with a header row (it has %3).</source>
        <translation>nie ma arkusza o nazwie „%1” ani „%2” z wierszem nagłówka (ma: %3).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>it is not an Excel workbook (.xlsx); save it from Excel as .xlsx.</source>
        <translation>to nie jest skoroszyt programu Excel (.xlsx); zapisz go w Excelu jako .xlsx.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 goes beyond row %2, Excel&apos;s last row.</source>
        <translation>%1 wykracza poza wiersz %2, ostatni wiersz Excela.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is also on row %2.</source>
        <translation>%1 występuje też w wierszu %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has %2 rows; the limit is %3.</source>
        <translation>%1: liczba wierszy %2, a limit to %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing was imported; fix these rows and try again:
%1</source>
        <translation>nic nie zostało zaimportowane; popraw te wiersze i spróbuj ponownie:
%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has %2 cells; the header has %3.</source>
        <translation>%1: liczba komórek %2, a w nagłówku %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has a value in column %2, which has no name in the header.</source>
        <translation>%1 ma wartość w kolumnie %2, która nie ma nazwy w nagłówku.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>lacks the column(s) %1</source>
        <translation>
            <numerusform>nie ma kolumny %1</numerusform>
            <numerusform>nie ma kolumn %1</numerusform>
            <numerusform>nie ma kolumn %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>has the unknown column(s) %1</source>
        <translation>
            <numerusform>ma nieznaną kolumnę %1</numerusform>
            <numerusform>ma nieznane kolumny %1</numerusform>
            <numerusform>ma nieznane kolumny %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has %1 more than once</source>
        <translation>ma %1 więcej niż raz</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../action_planner/export/run.py" line="+31"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/data.py" line="+151"/>
        <source>Action %1 “%2” changed while it was being exported; export again.</source>
        <translation>Działanie %1 „%2” zmieniło się w trakcie eksportu; wyeksportuj ponownie.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the workspace has no plans to export yet.</source>
        <extracomment>Plans read together in one transaction (their actions, totals and rates always agree).</extracomment>
        <translation>obszar roboczy nie ma jeszcze planów do wyeksportowania.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/registry.py" line="+34"/>
        <source>“%1” is not an export format (choose one of: %2).</source>
        <extracomment>Every format, in the order the window offers them.</extracomment>
        <translation>„%1” nie jest formatem eksportu (wybierz jeden z: %2).</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/request.py" line="+23"/>
        <source>Cannot export to “%1”: %2</source>
        <translation>Nie można wyeksportować do „%1”: %2</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/review_import.py" line="-193"/>
        <source>it holds %1 parts; a document has far fewer.</source>
        <extracomment>Rows over all sheets: a review of the largest workspace has a few thousand. The size checks&apos; refusals that name a workbook, as they read for a Word document.</extracomment>
        <translation>liczba jego części to %1; dokument ma ich znacznie mniej.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its part “%1” is compressed %2 to 1, which no real document is.</source>
        <translation>jego część „%1” jest skompresowana w stosunku %2 do 1, czego nie ma w żadnym prawdziwym dokumencie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this workspace never sent review round %1.</source>
        <translation>ten obszar roboczy nigdy nie wysłał rundy przeglądu %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot import the review “%1”: %2</source>
        <translation>Nie można zaimportować przeglądu „%1”: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: %2; nothing from this row is used.</source>
        <extracomment>A refused row as the review lists it: %1 the row (:data:`_SHEET_ROW`), %2 why.</extracomment>
        <translation>%1: %2; nic z tego wiersza nie zostanie użyte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1 cell holds a formula; type the value itself</source>
        <translation>komórka %1 zawiera formułę; wpisz samą wartość</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>it is a zip file but not a Word document (.docx).</source>
        <translation>to plik zip, ale nie dokument Word (.docx).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it is not a Word document (.docx).</source>
        <translation>to nie jest dokument Word (.docx).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>it is not a regular file.</source>
        <translation>to nie jest zwykły plik.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it cannot be read (%1).</source>
        <translation>nie można go odczytać (%1).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>its sheets hold more than %1 rows; a review workbook has far fewer.</source>
        <translation>jego arkusze zawierają ponad %1 wierszy; skoroszyt przeglądu ma ich znacznie mniej.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it is not an Excel workbook (.xlsx) or a Word document (.docx) that Action Planner wrote.</source>
        <translation>to nie jest skoroszyt Excela (.xlsx) ani dokument Word (.docx) zapisany przez Action Planner.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>its manifest is missing, so it cannot be tied to a review this workspace sent.</source>
        <translation>brakuje jego manifestu, więc nie można go powiązać z przeglądem wysłanym z tego obszaru roboczego.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the sheet “%1” is missing; import the workbook as it was sent.</source>
        <translation>brakuje arkusza „%1”; zaimportuj skoroszyt w takiej postaci, w jakiej został wysłany.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>its manifest is not one this version of Action Planner wrote.</source>
        <translation>jego manifest nie pochodzi z tej wersji Action Planner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it was sent from another workspace; open that workspace to import it.</source>
        <translation>wysłano go z innego obszaru roboczego; otwórz tamten obszar roboczy, aby go zaimportować.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its manifest was changed (the round number is not a number).</source>
        <translation>jego manifest został zmieniony (numer rundy nie jest liczbą).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its manifest was changed since it was sent.</source>
        <translation>jego manifest zmienił się od czasu wysłania.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>review round %1 is closed; its workbooks are no longer imported.</source>
        <translation>runda przeglądu %1 jest zamknięta; jej skoroszyty nie są już importowane.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>is TRUE/FALSE, not a number</source>
        <translation>ma wartość PRAWDA/FAŁSZ, a nie liczbę</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a finite number</source>
        <translation>nie jest liczbą skończoną</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is text (“%1”), not a number</source>
        <translation>jest tekstem („%1”), a nie liczbą</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the %1 %2</source>
        <translation>pole %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1: %2</source>
        <translation>pole %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a whole year</source>
        <translation>nie jest liczbą całkowitą</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is a time, not a date</source>
        <translation>jest godziną, a nie datą</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is text (“%1”), not a date</source>
        <translation>jest tekstem („%1”), a nie datą</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not one of: %1</source>
        <translation>nie jest żadnym z: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the header row of the sheet “%1” was changed; import it as it was sent.</source>
        <translation>wiersz nagłówka arkusza „%1” został zmieniony; zaimportuj go w takiej postaci, w jakiej został wysłany.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>it holds more than %1 rows.</source>
        <translation>zawiera ponad %1 wierszy.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it has no record id; propose new rows on the %1 sheet</source>
        <translation>nie ma identyfikatora rekordu; nowe wiersze zaproponuj w arkuszu %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its record id “%1” was changed or comes from another file</source>
        <translation>jego identyfikator rekordu „%1” został zmieniony lub pochodzi z innego pliku</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its record id is repeated on row %1; keep one of them</source>
        <translation>jego identyfikator rekordu powtarza się w wierszu %1; zachowaj tylko jeden z nich</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>choose one of this review&apos;s plans in the %1 column</source>
        <translation>wybierz jeden z planów tego przeglądu w kolumnie %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a new action needs a title</source>
        <translation>nowe działanie wymaga tytułu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>give the %1 of one of this review&apos;s actions (such as %2) for a new budget line</source>
        <translation>dla nowej pozycji budżetowej podaj w kolumnie %1 jedno z działań tego przeglądu (na przykład %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a new budget line needs its %1</source>
        <translation>nowa pozycja budżetowa wymaga pola %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>choose “%1” or “%2” in the %3 column</source>
        <translation>wybierz „%1” lub „%2” w kolumnie %3</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/review_word.py" line="+33"/>
        <source>the Word document cannot be read (%1).</source>
        <translation>nie można odczytać dokumentu Word (%1).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>it carries no Action Planner marks (it is not a Word export of this app, or they were removed); export the plan to Word again and send that file.</source>
        <extracomment>Word allows 40 characters in a bookmark name; ours are ap_action_ and up to 12 digits. How much of the commented text the dialog shows beside the comment&apos;s place.</extracomment>
        <translation>nie zawiera znaczników Action Planner (nie jest eksportem do Worda z tej aplikacji albo znaczniki usunięto); wyeksportuj plan do Worda ponownie i wyślij ten plik.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>it is outside every action</source>
        <translation>znajduje się poza wszystkimi działaniami</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its action is no longer in the plan (deleted since, or its mark in the file was changed)</source>
        <translation>jego działania nie ma już w planie (zostało w międzyczasie usunięte albo zmieniono jego znacznik w pliku)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 by %2: “%3”: %4.</source>
        <translation>%1, autor: %2: „%3”: %4.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>its Action Planner marks are not ones this version wrote.</source>
        <translation>jego znaczniki Action Planner nie pochodzą z tej wersji.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it does not name its workspace (it was exported while the workspace was open read-only); export the plan to Word again and send that file.</source>
        <translation>nie wskazuje swojego obszaru roboczego (wyeksportowano go, gdy obszar roboczy był otwarty tylko do odczytu); wyeksportuj plan do Worda ponownie i wyślij ten plik.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it was exported from another workspace; open that workspace to import it.</source>
        <translation>wyeksportowano go z innego obszaru roboczego; otwórz tamten obszar roboczy, aby go zaimportować.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its list of plans was changed since it was exported.</source>
        <translation>jego lista planów zmieniła się od czasu eksportu.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Word comment %1</source>
        <translation>Komentarz Word %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word comment %1 on “%2”</source>
        <translation>Komentarz Word %1 do „%2”</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/run.py" line="+3"/>
        <source>The workspace has no region “%1” (its regions are: %2).</source>
        <translation>Obszar roboczy nie ma regionu „%1” (jego regiony: %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no plans to export.</source>
        <translation>%1: brak planów do wyeksportowania.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/safe_write.py" line="-22"/>
        <source>that is a folder; choose a file name.</source>
        <translation>to jest folder; wybierz nazwę pliku.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the folder “%1” is read-only.</source>
        <translation>folder „%1” jest tylko do odczytu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is read-only; choose another name or make it writable.</source>
        <translation>plik jest tylko do odczytu; wybierz inną nazwę albo zezwól na zapis.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a temporary file could not be created beside it (%1).</source>
        <translation>nie można utworzyć pliku tymczasowego obok niego (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a temporary file could not be created beside it.</source>
        <translation>nie można utworzyć pliku tymczasowego obok niego.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the file is locked or read-only; close it in other programs and try again.</source>
        <translation>plik jest zablokowany lub tylko do odczytu; zamknij go w innych programach i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it could not be replaced (%1).</source>
        <translation>nie można go zastąpić (%1).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the file could not be written (%1).</source>
        <translation>nie można zapisać pliku (%1).</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/workbook_limits.py" line="+20"/>
        <source>reading workbooks safely needs the defusedxml package; reinstall the app.</source>
        <translation>bezpieczne odczytywanie skoroszytów wymaga pakietu defusedxml; zainstaluj aplikację ponownie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the workbook cannot be read (%1).</source>
        <translation>nie można odczytać skoroszytu (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it holds %1 parts; a workbook has far fewer.</source>
        <translation>liczba jego części to %1; skoroszyt ma ich znacznie mniej.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its part “%1” is compressed %2 to 1, which no real workbook is.</source>
        <translation>jego część „%1” jest skompresowana w stosunku %2 do 1, czego nie ma w żadnym prawdziwym skoroszycie.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>it is a zip file but not an Excel workbook (.xlsx).</source>
        <extracomment>A catalogue of 100,000 rows has a few unique texts a row, in at most a few dozen columns.</extracomment>
        <translation>to plik zip, ale nie skoroszyt programu Excel (.xlsx).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it would unpack to %1 MB; the limit is %2 MB.</source>
        <translation>po rozpakowaniu zająłby %1 MB; limit to %2 MB.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>it holds more than %1 different texts, far more than any catalogue needs.</source>
        <translation>zawiera ponad %1 różnych tekstów, znacznie więcej, niż potrzebuje jakikolwiek katalog.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its sheets hold more than %1 cells, far more than any catalogue needs.</source>
        <translation>jego arkusze zawierają ponad %1 komórek, znacznie więcej, niż potrzebuje jakikolwiek katalog.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a sheet has cells in column %1; a catalogue sheet uses columns A to %2. Delete the cells beyond them and save again.</source>
        <translation>arkusz ma komórki w kolumnie %1; arkusz katalogu używa kolumn od A do %2. Usuń komórki poza nimi i zapisz plik ponownie.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/damage.py" line="+24"/>
        <source>plan %1</source>
        <translation>plan %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action %1</source>
        <translation>działanie %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>budget line %1</source>
        <translation>pozycja budżetowa %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI %1</source>
        <translation>wskaźnik KPI %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measured value %1</source>
        <translation>zmierzona wartość %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchange rate %1</source>
        <translation>kurs walut %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catalogue intervention %1</source>
        <translation>interwencja z katalogu %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicator %1</source>
        <translation>wskaźnik %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workshop decision %1</source>
        <translation>decyzja warsztatu %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workshop %1</source>
        <translation>warsztat %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (action “%2” of plan “%3”), field “%4” in table %5, holds “%6”; %7</source>
        <extracomment>One damaged value: %1 the record, then where it belongs, the field, the table, what it holds and its problem.</extracomment>
        <translation>%1 (działanie „%2” planu „%3”), pole „%4” w tabeli %5, zawiera „%6”; %7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (plan “%2”), field “%3” in table %4, holds “%5”; %6</source>
        <translation>%1 (plan „%2”), pole „%3” w tabeli %4, zawiera „%5”; %6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, field “%2” in table %3, holds “%4”; %5</source>
        <translation>%1, pole „%2” w tabeli %3, zawiera „%4”; %5</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>a stored value %1: %2</source>
        <extracomment>How a damaged record is placed for the reader: the action (and plan) it belongs to. A workspace with more damage than this is reported by its first few records and a count.</extracomment>
        <translation>zapisana wartość %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>and %n more damaged value(s)</source>
        <translation>
            <numerusform>i jeszcze %n uszkodzona wartość</numerusform>
            <numerusform>i jeszcze %n uszkodzone wartości</numerusform>
            <numerusform>i jeszcze %n uszkodzonych wartości</numerusform>
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
        <translation>Ta pozycja budżetowa już nie istnieje (mogła zostać usunięta).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That catalogue intervention no longer exists (it may have been deleted).</source>
        <translation>Ta interwencja z katalogu już nie istnieje (mogła zostać usunięta).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That decision no longer exists (it may have been deleted).</source>
        <translation>Ta decyzja już nie istnieje (mogła zostać usunięta).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That exchange rate no longer exists (it may have been deleted).</source>
        <translation>Ten kurs walutowy już nie istnieje (mógł zostać usunięty).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That indicator no longer exists (it may have been deleted).</source>
        <translation>Ten wskaźnik już nie istnieje (mógł zostać usunięty).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That intervention no longer exists (it may have been deleted).</source>
        <translation>Ta interwencja już nie istnieje (mogła zostać usunięta).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That KPI no longer exists (it may have been deleted).</source>
        <translation>Ten wskaźnik KPI już nie istnieje (mógł zostać usunięty).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That organisation no longer exists (it may have been deleted).</source>
        <translation>Ta organizacja już nie istnieje (mogła zostać usunięta).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That plan no longer exists (it may have been deleted).</source>
        <translation>Ten plan już nie istnieje (mógł zostać usunięty).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That region no longer exists (it may have been deleted).</source>
        <translation>Ten region już nie istnieje (mógł zostać usunięty).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That review round no longer exists (it may have been deleted).</source>
        <translation>Ta runda przeglądu już nie istnieje (mogła zostać usunięta).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That workshop no longer exists (it may have been deleted).</source>
        <translation>Ten warsztat już nie istnieje (mógł zostać usunięty).</translation>
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
        <translation>Wiersz %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators row %1</source>
        <translation>Wiersz %1 wskaźników</translation>
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
            <numerusform>… i jeszcze %n.</numerusform>
            <numerusform>… i jeszcze %n.</numerusform>
            <numerusform>… i jeszcze %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was imported; fix these rows and try again:
%1</source>
        <translation>Nic nie zostało zaimportowane; popraw te wiersze i spróbuj ponownie:
%1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 is used by KPIs of actions; it cannot be deleted.</source>
        <translation>%1 jest używany przez wskaźniki KPI działań; nie można go usunąć.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>not in the library: %1</source>
        <translation>brak w bibliotece: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The same code appears more than once among the interventions: %1</source>
        <translation>Ten sam kod występuje więcej niż raz wśród interwencji: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same code appears more than once among the indicators: %1</source>
        <translation>Ten sam kod występuje więcej niż raz wśród wskaźników: %1</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/organisations.py" line="+49"/>
        <location line="+27"/>
        <source>“%1” is already in the list of organisations.</source>
        <translation>„%1” jest już na liście organizacji.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>“%1” owns or takes part in actions; remove it there first.</source>
        <translation>„%1” odpowiada za działania lub w nich uczestniczy; najpierw usuń ją z tych działań.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/plans.py" line="+48"/>
        <source>“%1” is not a language code (for example %2).</source>
        <translation>„%1” nie jest kodem języka (na przykład %2).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>“%1” is not a NUTS or ISO 3166-2 region code.</source>
        <extracomment>Each editable plan field with the check that cleans it.</extracomment>
        <translation>„%1” nie jest kodem regionu NUTS ani ISO 3166-2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2) is already in this workspace.</source>
        <translation>%1 (%2) jest już w tym obszarze roboczym.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the region %1</source>
        <translation>region %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>the plan “%1”</source>
        <translation>plan „%1”</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/stored.py" line="+26"/>
        <source>this should be %1</source>
        <extracomment>How a damaged value&apos;s problem is said: %1 what the column holds.</extracomment>
        <translation>powinna tu być wartość: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>a value of this column</source>
        <translation>wartość tej kolumny</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a date written YYYY-MM-DD</source>
        <translation>data w formacie RRRR-MM-DD</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a date and time</source>
        <translation>data i godzina</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>one of: %1</source>
        <translation>jedna z wartości: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a whole number from 1 to 5</source>
        <translation>liczba całkowita od 1 do 5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a whole number that is not negative</source>
        <translation>nieujemna liczba całkowita</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/navigator.py" line="+118"/>
        <source>Regions and plans</source>
        <translation>Regiony i plany</translation>
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
            <numerusform>%n działanie</numerusform>
            <numerusform>%n działania</numerusform>
            <numerusform>%n działań</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/navigator.py" line="+35"/>
        <source>Regions and plans</source>
        <translation>Regiony i plany</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No regions yet. Start with Plan ▸ Add Region… (Ctrl+Shift+R): pick the region your action plan is for, then add its plan (Ctrl+Shift+P).</source>
        <translation>Brak regionów. Zacznij od polecenia Plan ▸ Dodaj region… (Ctrl+Shift+R): wybierz region, dla którego powstaje plan działania, a następnie dodaj jego plan (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add &amp;Region…</source>
        <translation>Dodaj &amp;region…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Plan…</source>
        <translation>Dodaj &amp;plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name…</source>
        <translation>Zmień &amp;nazwę…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Region or Plan…</source>
        <translation>&amp;Usuń region lub plan…</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Action plan for %1</source>
        <translation>Plan działania dla regionu %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add plan</source>
        <translation>Dodaj plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>Plan &amp;title:</source>
        <translation>&amp;Tytuł planu:</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Rename plan</source>
        <comment>the change as Edit ▸ Undo names it, not the dialog&apos;s title</comment>
        <translation>zmianę nazwy planu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename plan</source>
        <translation>Zmień nazwę planu</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Rename region</source>
        <translation>Zmień nazwę regionu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region &amp;name:</source>
        <translation>&amp;Nazwa regionu:</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Delete the region “%1” and its %n plan(s)? Edit ▸ Undo brings it back.</source>
        <translation>
            <numerusform>Usunąć region „%1” i jego %n plan? Edycja ▸ Cofnij przywróci go.</numerusform>
            <numerusform>Usunąć region „%1” i jego %n plany? Edycja ▸ Cofnij przywróci go.</numerusform>
            <numerusform>Usunąć region „%1” i jego %n planów? Edycja ▸ Cofnij przywróci go.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete region</source>
        <translation>Usuń region</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the plan “%1” and all its actions? Edit ▸ Undo brings it back.</source>
        <translation>Usunąć plan „%1” i wszystkie jego działania? Edycja ▸ Cofnij przywróci go.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete plan</source>
        <translation>Usuń plan</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../../action_planner/ui/labels.py" line="+114"/>
        <source>Use a comma for decimals, for example %1.</source>
        <translation>Użyj przecinka jako separatora dziesiętnego, np. %1.</translation>
    </message>
</context>
<context>
    <name>OverviewSlide</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/slide_overview.py" line="+25"/>
        <source>Total budget</source>
        <translation>Budżet ogółem</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Actions by theme</source>
        <translation>Działania według tematu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ACTION PLAN · %1</source>
        <translation>PLAN DZIAŁANIA · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region: %1 (%2)</source>
        <translation>Region: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy instrument: %1</source>
        <translation>Instrument polityki: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 in the reporting currency</source>
        <translation>%1 w walucie sprawozdawczej</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/plan_editor.py" line="+33"/>
        <source>Part I – General information</source>
        <translation>Część I – Informacje ogólne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan &amp;title:</source>
        <translation>&amp;Tytuł planu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jekt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner &amp;organisation:</source>
        <translation>&amp;Organizacja partnerska:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Othe&amp;r partner organisations involved:</source>
        <translation>Inne zaangażowane o&amp;rganizacje partnerskie:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country and region:</source>
        <translation>Kraj i region:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact &amp;name:</source>
        <translation>Oso&amp;ba do kontaktu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-&amp;mail:</source>
        <translation>E-&amp;mail do kontaktu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact phone:</source>
        <translation>Tele&amp;fon do kontaktu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part II – Policy context</source>
        <translation>Część II – Kontekst polityki</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan aims to &amp;impact:</source>
        <translation>Plan ma wpłynąć &amp;na:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polic&amp;y instrument addressed:</source>
        <translation>&amp;Instrument polityki objęty planem:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local conte&amp;xt and challenges:</source>
        <translation>&amp;Kontekst lokalny i wyzwania:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language, currency and endorsement</source>
        <translation>Język, waluta i zatwierdzenie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language (code):</source>
        <translation>Jęz&amp;yk (kod):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>en, it, es, sv, pl</source>
        <translation>en, it, es, sv, pl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En&amp;glish summary:</source>
        <translation>Streszczenie po an&amp;gielsku:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency (ISO code):</source>
        <translation>Wal&amp;uta (kod ISO):</translation>
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
        <translation>Data &amp;zatwierdzenia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory:</source>
        <translation>Osoba podpisująca:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Rename plan</source>
        <translation>zmianę nazwy planu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change plan details</source>
        <translation>zmianę szczegółów planu</translation>
    </message>
</context>
<context>
    <name>PlayersEditor</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/players_editor.py" line="+47"/>
        <source>Owner</source>
        <translation>Podmiot odpowiedzialny</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner orga&amp;nisation:</source>
        <translation>Or&amp;ganizacja odpowiedzialna:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact pe&amp;rson:</source>
        <translation>O&amp;soba do kontaktu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-&amp;mail:</source>
        <translation>E-&amp;mail do kontaktu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Players involved (organisations in the region and their roles)</source>
        <translation>Zaangażowane podmioty (organizacje z regionu i ich role)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Players involved</source>
        <translation>Zaangażowane podmioty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New player organisation</source>
        <translation>Organizacja nowego podmiotu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role, e.g. co-finances</source>
        <translation>Rola, np. współfinansuje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New player role</source>
        <translation>Rola nowego podmiotu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add p&amp;layer</source>
        <translation>Dodaj podmio&amp;t</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove pla&amp;yer</source>
        <translation>&amp;Usuń podmiot</translation>
    </message>
</context>
<context>
    <name>PlayersModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/players.py" line="+25"/>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../../action_planner/ui/preferences.py" line="+32"/>
        <source>Preferences</source>
        <extracomment>The order of the language list after &quot;System default&quot;: English, then the partners&apos; languages.</extracomment>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System default</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action Planner will start in this language next time.</source>
        <translation>Action Planner uruchomi się w tym języku przy następnym starcie.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The preference could not be saved: the settings file %1 cannot be written.</source>
        <translation>Nie udało się zapisać ustawienia: nie można zapisać pliku ustawień %1.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/presentation.py" line="+209"/>
        <source>Go to action %1…</source>
        <translation>Przejdź do działania %1…</translation>
    </message>
</context>
<context>
    <name>RateCommands</name>
    <message>
        <location filename="../../../action_planner/ui/commands/rates.py" line="+44"/>
        <source>Change exchange rate</source>
        <translation>zmianę kursu walutowego</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add exchange rate</source>
        <translation>dodanie kursu walutowego</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete exchange rate</source>
        <translation>usunięcie kursu walutowego</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../../action_planner/ui/rates_dialog.py" line="+66"/>
        <source>Exchange Rates</source>
        <extracomment>The source written on a new rate: InforEuro, the Commission&apos;s monthly rates, is what programmes ask for.</extracomment>
        <translation>Kursy walut</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Workspace rates (all plans)</source>
        <translation>Kursy &amp;obszaru roboczego (wszystkie plany)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This &amp;plan&apos;s own rates</source>
        <translation>Własne kursy tego &amp;planu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exchange rates</source>
        <translation>Kursy walut</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete Rate</source>
        <translation>Usuń kurs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit Rate</source>
        <translation>&amp;Edytuj kurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected rate into the form below to change it</source>
        <translation>Skopiuj wybrany kurs do formularza poniżej, aby go zmienić</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Rate</source>
        <translation>&amp;Usuń kurs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add or replace a rate</source>
        <translation>Dodaj lub zastąp kurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base currency</source>
        <translation>Waluta bazowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote currency</source>
        <translation>Waluta kwotowana</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Base currency:</source>
        <translation>Waluta &amp;bazowa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quote currency:</source>
        <translation>Waluta kwo&amp;towana:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rate:</source>
        <translation>&amp;Kurs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Valid from:</source>
        <translation>&amp;Ważny od:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation>Ź&amp;ródło:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+202"/>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>These rates replace the workspace&apos;s for “%1” only. It has none yet: it uses the workspace&apos;s.</source>
        <translation>Te kursy zastępują kursy obszaru roboczego tylko dla planu „%1”. Plan nie ma jeszcze własnych kursów: stosuje kursy obszaru roboczego.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Type the date from which this rate applies.</source>
        <translation>Podaj datę, od której obowiązuje ten kurs.</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Select a plan in the window to give it its own rates</source>
        <translation>Wybierz plan w oknie głównym, aby nadać mu własne kursy</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every plan uses these rates, unless it has its own rate for the pair. 1 base = rate quote, from the date given; the latest date of each pair is in force. No rates yet.</source>
        <translation>Wszystkie plany stosują te kursy, chyba że mają własny kurs dla danej pary. 1 jednostka waluty bazowej = kurs w walucie kwotowanej, od podanej daty; dla każdej pary obowiązuje kurs z najpóźniejszą datą. Brak kursów.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every plan uses these rates, unless it has its own rate for the pair. 1 base = rate quote, from the date given; the latest date of each pair is in force.</source>
        <translation>Wszystkie plany stosują te kursy, chyba że mają własny kurs dla danej pary. 1 jednostka waluty bazowej = kurs w walucie kwotowanej, od podanej daty; dla każdej pary obowiązuje kurs z najpóźniejszą datą.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These rates replace the workspace&apos;s for “%1” only.</source>
        <translation>Te kursy zastępują kursy obszaru roboczego tylko dla planu „%1”.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>1 %1 =</source>
        <translation>1 %1 =</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rep&amp;lace</source>
        <translation>&amp;Zastąp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces the rate stored for this date: 1 %1 = %2 %3.</source>
        <translation>Zastępuje kurs zapisany dla tej daty: 1 %1 = %2 %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>last stored: %1</source>
        <translation>ostatnio zapisany: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 for one %2</source>
        <translation>%1 za 1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as your source quotes it</source>
        <translation>jak w źródle</translation>
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
        <translation>Ważny od</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>In force</source>
        <translation>Obowiązuje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earlier</source>
        <translation>Wcześniejszy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 %1 = %2 %3</source>
        <translation>1 %1 = %2 %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The latest rate for %1 → %2: totals use it.</source>
        <translation>Najnowszy kurs dla %1 → %2: stosowany w sumach.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept as history: a later rate for the pair is in force.</source>
        <translation>Zachowany w historii: obowiązuje późniejszy kurs dla tej pary.</translation>
    </message>
</context>
<context>
    <name>RegionCommands</name>
    <message>
        <location filename="../../../action_planner/ui/commands/regions.py" line="+18"/>
        <source>Add region</source>
        <translation>dodanie regionu</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rename region</source>
        <translation>zmianę nazwy regionu</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete region</source>
        <translation>usunięcie regionu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add plan</source>
        <translation>dodanie planu</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete plan</source>
        <translation>usunięcie planu</translation>
    </message>
</context>
<context>
    <name>RegionPickerDialog</name>
    <message>
        <location filename="../../../action_planner/ui/region_picker.py" line="+60"/>
        <location line="+16"/>
        <source>Add region</source>
        <translation>Dodaj region</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>&amp;Search regions by name, code or country:</source>
        <translation>&amp;Szukaj regionów według nazwy, kodu lub kraju:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search regions</source>
        <translation>Szukaj regionów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. West Yorkshire, ITH5, Śląskie</source>
        <translation>np. West Yorkshire, ITH5, Śląskie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matching regions</source>
        <translation>Pasujące regiony</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose a region from the list.</source>
        <translation>Wybierz region z listy.</translation>
    </message>
</context>
<context>
    <name>RegionResultsModel</name>
    <message>
        <location line="-71"/>
        <source>level %1</source>
        <translation>poziom %1</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message numerus="yes">
        <location filename="../../../action_planner/ui/commands/review.py" line="+18"/>
        <source>Accept %n review change(s)</source>
        <extracomment>The undo text, marked with a count written in the call: the only way lupdate extracts a plural outside a QObject&apos;s tr(). The real count is given where it is translated.</extracomment>
        <translation>
            <numerusform>przyjęcie %n zmiany z przeglądu</numerusform>
            <numerusform>przyjęcie %n zmian z przeglądu</numerusform>
            <numerusform>przyjęcie %n zmian z przeglądu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../../action_planner/ui/review/dialog.py" line="+40"/>
        <source>Import Review</source>
        <translation>Wczytaj uwagi z przeglądu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Proposed changes</source>
        <translation>Proponowane zmiany</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused rows</source>
        <translation>Odrzucone wiersze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows refused (nothing from them is used):</source>
        <translation>Odrzucone wiersze (żadne dane z nich nie zostaną użyte):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments not attached</source>
        <translation>Komentarze nieprzypisane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word comments not attached to any action (not imported; read them in the file):</source>
        <translation>Komentarze z Worda nieprzypisane do żadnego działania (nie zaimportowano ich; przeczytaj je w pliku):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept All from &amp;Partner</source>
        <translation>Przyjmij wszystkie od &amp;partnera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accept Selected</source>
        <translation>Przyjmij &amp;wybrane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reject Selected</source>
        <translation>&amp;Odrzuć wybrane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;File…</source>
        <translation>Dodaj pl&amp;ik…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another returned workbook, or a Word export with comments</source>
        <translation>Dodaj kolejny zwrócony skoroszyt lub eksport do Worda z komentarzami</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply &amp;Decisions</source>
        <translation>Zastosuj &amp;decyzje</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1, %2 from %3.</source>
        <comment>%1: the proposed changes; %2: the comments; %3: who sent which file</comment>
        <translation>%1, %2 od: %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n proposed change(s)</source>
        <translation>
            <numerusform>%n proponowana zmiana</numerusform>
            <numerusform>%n proponowane zmiany</numerusform>
            <numerusform>%n proponowanych zmian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n komentarz</numerusform>
            <numerusform>%n komentarze</numerusform>
            <numerusform>%n komentarzy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewFeature</name>
    <message>
        <location filename="../../../action_planner/ui/review/feature.py" line="+37"/>
        <source>&amp;Send for Review…</source>
        <translation>&amp;Wyślij do przeglądu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the current plan as a workbook for a partner to review</source>
        <translation>Zapisz bieżący plan jako skoroszyt do przeglądu przez partnera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import Re&amp;view…</source>
        <translation>Wczytaj &amp;uwagi z przeglądu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare a returned review workbook with the plan, or bring back comments made in Word</source>
        <translation>Porównaj zwrócony skoroszyt przeglądu z planem lub wczytaj komentarze dodane w Wordzie</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+18"/>
        <source>Send for Review</source>
        <translation>Wyślij do przeglądu</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Choose the plan to send in the navigator first.</source>
        <translation>Najpierw wybierz w nawigatorze plan do wysłania.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Reviewer (the partner this workbook goes to):</source>
        <translation>&amp;Recenzent (partner, do którego trafi ten skoroszyt):</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+31"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Skoroszyty Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Review round %1 was written to “%2”. Send it to the partner; import it when it comes back.</source>
        <translation>Runda przeglądu %1 została zapisana w pliku „%2”. Wyślij go partnerowi, a po otrzymaniu zwrotu wczytaj go z powrotem.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the review workbook “%1”…</source>
        <translation>Zapisywanie skoroszytu przeglądu „%1”…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>Import Review</source>
        <translation>Wczytaj uwagi z przeglądu</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Review workbooks and Word files (*.xlsx *.docx)</source>
        <translation>Skoroszyty przeglądu i pliki Word (*.xlsx *.docx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents (*.docx)</source>
        <translation>Dokumenty Word (*.docx)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the review “%1”…</source>
        <translation>Wczytywanie przeglądu „%1”…</translation>
    </message>
</context>
<context>
    <name>ReviewItemsModel</name>
    <message>
        <location filename="../../../action_planner/ui/review/model.py" line="+80"/>
        <source>Accept</source>
        <translation>Przyjąć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed</source>
        <translation>Propozycja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Obecnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Comment on the action</source>
        <translation>Komentarz do działania</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New action</source>
        <translation>Nowe działanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New budget line</source>
        <translation>Nowa pozycja budżetowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Usunięcie</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location line="-146"/>
        <source>Comment</source>
        <extracomment>The item (a Difference or a Comment) behind a row.</extracomment>
        <translation>Komentarz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed by the partner — reviewers disagree</source>
        <translation>Zmienione przez partnera — recenzenci się nie zgadzają</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed on both sides — reviewers disagree</source>
        <translation>Zmienione po obu stronach — recenzenci się nie zgadzają</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed new row — reviewers disagree</source>
        <translation>Proponowany nowy wiersz — recenzenci się nie zgadzają</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed by the partner — reviewers disagree</source>
        <translation>Usunięte przez partnera — recenzenci się nie zgadzają</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed by the partner</source>
        <translation>Zmienione przez partnera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed on both sides</source>
        <translation>Zmienione po obu stronach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed new row</source>
        <translation>Proponowany nowy wiersz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed by the partner</source>
        <translation>Usunięte przez partnera</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <extracomment>The English names of the fields a proposal can change (marked here, translated by :func:`field_label`).</extracomment>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background</source>
        <translation>Geneza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players</source>
        <translation>Zaangażowane podmioty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Data rozpoczęcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Data zakończenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding source</source>
        <translation>Źródło finansowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Wartość bazowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Wartość docelowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>Termin osiągnięcia</translation>
    </message>
</context>
<context>
    <name>ScreenPickerDialog</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/screen_picker.py" line="+42"/>
        <source>Present on which screen?</source>
        <extracomment>Called with the chosen screen, or None for a normal window.</extracomment>
        <translation>Na którym ekranie prezentować?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Screen for the audience (the presentation fills it):</source>
        <translation>&amp;Ekran dla publiczności (prezentacja wypełni go w całości):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Screen %1: %2, %3 × %4 (this laptop&apos;s main screen)</source>
        <translation>Ekran %1: %2, %3 × %4 (główny ekran tego laptopa)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screen %1: %2, %3 × %4</source>
        <translation>Ekran %1: %2, %3 × %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show in a &amp;window I can move instead</source>
        <translation>Pokaż zamiast tego w &amp;oknie, które można przesuwać</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Present</source>
        <translation>&amp;Prezentuj</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../../action_planner/ui/shortcuts_page.py" line="+66"/>
        <source>Panels</source>
        <extracomment>Qt&apos;s codes from here on are a few keyboards&apos; dedicated media and application keys (Save, Undo, Copy …), which the platform adds to the standard shortcuts; Qt names them in words (&quot;Shift+Zachowaj&quot;, &quot;Cofnij&quot; in Polish) that read like a command&apos;s description, not like a key a planner can find on a laptop.</extracomment>
        <translation>Panele</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keyboard Shortcuts</source>
        <translation>Skróty klawiaturowe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiaturowe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alt with an underlined letter opens a menu or goes to a field. F10 reaches the menu bar.</source>
        <translation>Alt z podkreśloną literą otwiera menu lub przechodzi do pola. F10 przenosi do paska menu.</translation>
    </message>
</context>
<context>
    <name>SourceBars</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/charts.py" line="+103"/>
        <source>Budget by funding source</source>
        <translation>Budżet według źródła finansowania</translation>
    </message>
</context>
<context>
    <name>ThemeChart</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/totals_chart.py" line="+34"/>
        <source>Budget by theme chart</source>
        <extracomment>One colour per theme, in catalogue order; distinct for the common colour-vision deficiencies.</extracomment>
        <translation>Wykres budżetu według tematu</translation>
    </message>
</context>
<context>
    <name>ThemeDoughnut</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/charts.py" line="-45"/>
        <source>Budget by theme</source>
        <extracomment>A part of a chart: its label, exact amount and colour (floats are made only for the painter).</extracomment>
        <translation>Budżet według tematu</translation>
    </message>
</context>
<context>
    <name>TimelineSlide</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/slide_timeline.py" line="+22"/>
        <source>Timeline</source>
        <translation>Harmonogram</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TIMELINE</source>
        <translation>HARMONOGRAM</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline %1–%2</source>
        <translation>Harmonogram %1–%2</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/totals_panel.py" line="+52"/>
        <source>Reporting currency</source>
        <translation>Waluta sprawozdawcza</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plan total</source>
        <translation>Razem dla planu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Theme</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Funding</source>
        <translation>Finansowanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reporting currency:</source>
        <translation>Waluta sprawozdawcza:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Select a plan to see its totals.</source>
        <translation>Wybierz plan, aby zobaczyć jego sumy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan total: %1</source>
        <translation>Razem dla planu: %1</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <location filename="../../../action_planner/ui/undo.py" line="+110"/>
        <source>&amp;Redo %1</source>
        <extracomment>The file under the window was deleted, moved or replaced: writing stopped (the reason).</extracomment>
        <translation>&amp;Ponów %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Cofnij %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
</context>
<context>
    <name>WallMatrix</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/slide_board.py" line="-116"/>
        <source>Effort →</source>
        <extracomment>How many actions the ranking beside the matrix lists (the rest are counted under it).</extracomment>
        <translation>Pracochłonność →</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Impact →</source>
        <translation>Wpływ →</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quick wins</source>
        <translation>Szybkie sukcesy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Major projects</source>
        <translation>Duże projekty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fill-ins</source>
        <translation>Zadania uzupełniające</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thankless tasks</source>
        <translation>Niewdzięczne zadania</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../../action_planner/ui/welcome.py" line="+28"/>
        <source>Welcome — Action Planner</source>
        <translation>Witamy — Action Planner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action Planner</source>
        <translation>Action Planner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draft Interreg Europe action plans for SME internationalisation: regions, plans, actions from the catalogue, budgets, owners and KPIs. Everything is saved as you go.</source>
        <translation>Przygotowuj plany działania Interreg Europa na rzecz umiędzynarodowienia MŚP: regiony, plany, działania z katalogu, budżety, podmioty odpowiedzialne i KPI. Wszystko zapisuje się na bieżąco.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nowy obszar roboczy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Otwórz obszar roboczy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;Demo</source>
        <translation>Otwórz obszar &amp;demonstracyjny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fresh workspace with the six Compete-In regions, one plan each</source>
        <translation>Nowy obszar roboczy z sześcioma regionami Compete-In, po jednym planie dla każdego</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Recent workspaces:</source>
        <translation>Ostatnio otwie&amp;rane obszary robocze:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent workspaces</source>
        <translation>Ostatnio otwierane obszary robocze</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No recent workspaces yet.</source>
        <translation>Brak ostatnio otwieranych obszarów roboczych.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../../action_planner/ui/menus.py" line="+93"/>
        <location filename="../../../action_planner/ui/workshop/feature.py" line="+97"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Skróty klawiaturowe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Action Planner…</source>
        <translation>&amp;O programie Action Planner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the &amp;Menu Bar</source>
        <translation>Przejdź do &amp;paska menu</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nowy obszar roboczy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Demo Workspace</source>
        <translation>Otwórz obszar &amp;demonstracyjny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to Tea&amp;m Workspace…</source>
        <translation>Połącz z obszarem ze&amp;społowym…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Ostatnio otwie&amp;rane</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;As…</source>
        <translation>Zapisz &amp;jako…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save O&amp;ffline Copy…</source>
        <translation>Zapisz kopię o&amp;ffline…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upload to Team Workspace…</source>
        <translation>&amp;Prześlij do obszaru zespołowego…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksportuj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current Plan as &amp;Word…</source>
        <translation>Bieżący plan jako &amp;Word…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current Plan as &amp;Excel…</source>
        <translation>Bieżący plan jako &amp;Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current Plan as &amp;PDF…</source>
        <translation>Bieżący plan jako &amp;PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole Workspace as W&amp;ord…</source>
        <translation>Cały obszar roboczy jako W&amp;ord…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole Workspace as E&amp;xcel…</source>
        <translation>Cały obszar roboczy jako E&amp;xcel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole Workspace as P&amp;DF…</source>
        <translation>Cały obszar roboczy jako P&amp;DF…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Whole Workspace as Word with &amp;Contents…</source>
        <translation>Cały obszar roboczy jako Word ze &amp;spisem treści…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Word document that begins with a table of contents</source>
        <translation>Dokument Word rozpoczynający się spisem treści</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../../action_planner/ui/review/feature.py" line="-80"/>
        <source>&amp;Import Catalogue…</source>
        <translation>&amp;Importuj katalog…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Ca&amp;talogue…</source>
        <translation>Eksportuj &amp;katalog…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Zamknij obszar roboczy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>Zakoń&amp;cz</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No recent workspaces</source>
        <translation>Brak ostatnio otwieranych obszarów roboczych</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Plan</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xchange Rates…</source>
        <translation>&amp;Kursy walut…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Indicator Library…</source>
        <translation>&amp;Biblioteka wskaźników…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Funding Sources…</source>
        <translation>Źródła &amp;finansowania…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Action</source>
        <translation>&amp;Działanie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Selected &amp;Intervention to Plan</source>
        <translation>Dodaj wybraną &amp;interwencję do planu</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../../action_planner/ui/workshop/feature.py" line="-11"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actions</source>
        <translation>&amp;Działania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan &amp;Details</source>
        <translation>&amp;Szczegóły planu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Go to &amp;Navigator</source>
        <translation>Przejdź do &amp;nawigatora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Catalogue</source>
        <translation>Przejdź do &amp;katalogu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset Layout</source>
        <translation>P&amp;rzywróć układ</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/board_cards.py" line="+92"/>
        <source>One more vote for this action (+)</source>
        <translation>Jeszcze jeden głos za tym działaniem (+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more vote against this action (−)</source>
        <translation>Jeszcze jeden głos przeciw temu działaniu (−)</translation>
    </message>
    <message>
        <location filename="../../../action_planner/ui/workshop/gantt.py" line="+71"/>
        <source>Timeline of the actions</source>
        <translation>Harmonogram działań</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No action has a start and end date yet.</source>
        <translation>Żadne działanie nie ma jeszcze daty rozpoczęcia i zakończenia.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no dates yet</source>
        <translation>brak dat</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <location filename="../../../action_planner/ui/workshop/board_scene.py" line="+50"/>
        <source>Quick wins</source>
        <extracomment>Quadrant tints: quick wins, major projects, fill-ins, thankless tasks.</extracomment>
        <translation>Szybkie sukcesy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Major projects</source>
        <translation>Duże projekty</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill-ins</source>
        <translation>Zadania uzupełniające</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thankless tasks</source>
        <translation>Niewdzięczne zadania</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Effort →</source>
        <translation>Pracochłonność →</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impact →</source>
        <translation>Wpływ →</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unscored</source>
        <translation>Bez oceny</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag a card onto the matrix to score it; drag it back here to clear its scores.</source>
        <translation>Przeciągnij kartę na macierz, aby ją ocenić; przeciągnij ją z powrotem tutaj, aby usunąć ocenę.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../action_planner/ui/workshop/wording.py" line="+31"/>
        <source>%n action</source>
        <translation>
            <numerusform>%n działanie</numerusform>
            <numerusform>%n działania</numerusform>
            <numerusform>%n działań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n actions</source>
        <translation>
            <numerusform>%n działanie</numerusform>
            <numerusform>%n działania</numerusform>
            <numerusform>%n działań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>+ %n more</source>
        <translation>
            <numerusform>+ jeszcze %n</numerusform>
            <numerusform>+ jeszcze %n</numerusform>
            <numerusform>+ jeszcze %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>+ %n more change</source>
        <translation>
            <numerusform>+ jeszcze %n zmiana</numerusform>
            <numerusform>+ jeszcze %n zmiany</numerusform>
            <numerusform>+ jeszcze %n zmian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>+ %n more changes</source>
        <translation>
            <numerusform>+ jeszcze %n zmiana</numerusform>
            <numerusform>+ jeszcze %n zmiany</numerusform>
            <numerusform>+ jeszcze %n zmian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n earlier decision not shown</source>
        <translation>
            <numerusform>%n wcześniejsza decyzja nie jest pokazana</numerusform>
            <numerusform>%n wcześniejsze decyzje nie są pokazane</numerusform>
            <numerusform>%n wcześniejszych decyzji nie jest pokazanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n earlier decisions not shown</source>
        <translation>
            <numerusform>%n wcześniejsza decyzja nie jest pokazana</numerusform>
            <numerusform>%n wcześniejsze decyzje nie są pokazane</numerusform>
            <numerusform>%n wcześniejszych decyzji nie jest pokazanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>action</source>
        <comment>count</comment>
        <translation>
            <numerusform>działanie</numerusform>
            <numerusform>działania</numerusform>
            <numerusform>działań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>actions</source>
        <comment>count</comment>
        <translation>
            <numerusform>działanie</numerusform>
            <numerusform>działania</numerusform>
            <numerusform>działań</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>+%1 / −%2 (net %3)</source>
        <translation>+%1 / −%2 (bilans %3)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Added</source>
        <translation>Dodane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Usunięte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budżet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Odpowiedzialny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renamed</source>
        <translation>Nowy tytuł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board</source>
        <translation>Tablica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>Głosy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Budget line</source>
        <translation>Pozycja budżetowa</translation>
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
        <translation>Temat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilot action</source>
        <translation>Działanie pilotażowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background</source>
        <translation>Kontekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players</source>
        <translation>Zaangażowane podmioty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Osoba do kontaktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact email</source>
        <translation>E-mail do kontaktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding source</source>
        <translation>Źródło finansowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Wartość bazowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Wartość docelowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>Termin osiągnięcia</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>yes</source>
        <extracomment>Long texts are cut to this many characters on the slide (the editor holds the whole text).</extracomment>
        <translation>tak</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not on the board</source>
        <translation>poza tablicą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>impact %1, effort %2</source>
        <translation>wpływ %1, pracochłonność %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No decision</source>
        <translation>Brak decyzji</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>new action, budget %1</source>
        <translation>nowe działanie, budżet %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>had a budget of %1</source>
        <translation>miało budżet %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>was “%1”</source>
        <translation>poprzedni tytuł: „%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nobody</source>
        <translation>nikt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>line %1 added: %2</source>
        <translation>dodano pozycję %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1 removed: %2</source>
        <translation>usunięto pozycję %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1, %2: %3</source>
        <translation>pozycja %1, %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” added</source>
        <translation>dodano „%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” removed</source>
        <translation>usunięto „%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1”, %2: %3</source>
        <translation>„%1”, %2: %3</translation>
    </message>
</context>
<context>
    <name>WorkshopCommands</name>
    <message>
        <location filename="../../../action_planner/ui/commands/workshop.py" line="+25"/>
        <source>Move card</source>
        <translation>przesunięcie karty</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Vote against</source>
        <translation>oddanie głosu przeciw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vote</source>
        <translation>oddanie głosu za</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Record decision</source>
        <translation>zapisanie decyzji</translation>
    </message>
</context>
<context>
    <name>WorkshopFeature</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/feature.py" line="-43"/>
        <source>&amp;Workshop Mode</source>
        <translation>Tryb &amp;warsztatowy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project the current plan full screen, live as you edit (F11 or Escape: a window)</source>
        <translation>Wyświetl bieżący plan na pełnym ekranie, na żywo podczas edycji (F11 lub Escape: okno)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+74"/>
        <source>&amp;Start Workshop…</source>
        <translation>&amp;Rozpocznij warsztat…</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>&amp;End Workshop</source>
        <translation>&amp;Zakończ warsztat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;Decision…</source>
        <translation>Zapisz &amp;decyzję…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board on the &amp;Projector</source>
        <translation>Tablica na &amp;projektorze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project the prioritisation board full screen, at room size</source>
        <translation>Wyświetl tablicę priorytetów na pełnym ekranie, w rozmiarze dla sali</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prioritisation Board</source>
        <translation>Tablica priorytetów</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prioritisation &amp;Board</source>
        <translation>&amp;Tablica priorytetów</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workshop state</source>
        <translation>Stan warsztatu</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Workshop</source>
        <translation>W&amp;arsztat</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Start &amp;Over…</source>
        <translation>Zacznij &amp;od nowa…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Workshop started: every change from now on is listed under “Changes since the workshop started”.</source>
        <translation>Warsztat rozpoczęty: każda zmiana od tej chwili trafi na listę „Zmiany od początku warsztatu”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workshop ended.</source>
        <translation>Warsztat zakończony.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Workshop — %1</source>
        <translation>Warsztat — %1</translation>
    </message>
</context>
<context>
    <name>WorkshopSession</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/session.py" line="+48"/>
        <source>Select a plan to run a workshop on it.</source>
        <translation>Wybierz plan, aby przeprowadzić dla niego warsztat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No workshop running.</source>
        <translation>Brak trwającego warsztatu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop running since %1.</source>
        <translation>Warsztat trwa od %1.</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../../action_planner/ui/jobs.py" line="-41"/>
        <source>Something unexpected went wrong (%1). The details were written to the log file:
%2</source>
        <translation>Wystąpił nieoczekiwany błąd (%1). Szczegóły zapisano w pliku dziennika:
%2</translation>
    </message>
</context>
</TS>
