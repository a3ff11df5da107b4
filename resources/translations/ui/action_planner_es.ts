<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../../action_planner/ui/about.py" line="+21"/>
        <source>About Action Planner</source>
        <translation>Acerca de Action Planner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action Planner %1</source>
        <translation>Action Planner %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Regional action plans for SME internationalisation, offline.</source>
        <translation>Planes de acción regionales para la internacionalización de las pymes, sin conexión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If something goes wrong, the details are written to this log file; send it along:</source>
        <translation>Si algo falla, los detalles se escriben en este archivo de registro; adjúntelo al informar del problema:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log file</source>
        <translation>Archivo de registro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Log &amp;Folder</source>
        <translation>Abrir la &amp;carpeta del registro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ActionCommands</name>
    <message>
        <location filename="../../../action_planner/ui/commands/actions.py" line="+41"/>
        <source>Add action</source>
        <translation>Añadir acción</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add action from catalogue</source>
        <translation>Añadir acción del catálogo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duplicate action</source>
        <translation>Duplicar acción</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Change players</source>
        <translation>Cambiar los agentes implicados</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Move action</source>
        <translation>Mover acción</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete action</source>
        <translation>Eliminar acción</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/action_editor.py" line="+41"/>
        <source>Change title</source>
        <translation>Cambiar el título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change theme</source>
        <translation>Cambiar el tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change status</source>
        <translation>Cambiar el estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change priority</source>
        <translation>Cambiar la prioridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Change timeframe</source>
        <translation>Cambiar el calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change pilot flag</source>
        <translation>Cambiar la marca de acción piloto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change impact score</source>
        <translation>Cambiar la puntuación de impacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change effort score</source>
        <translation>Cambiar la puntuación de esfuerzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change background</source>
        <translation>Cambiar los antecedentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change description</source>
        <translation>Cambiar la descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change notes</source>
        <translation>Cambiar las observaciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner and players</source>
        <translation>Responsable y a&amp;gentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Budget</source>
        <translation>Pre&amp;supuesto</translation>
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
        <translation>Comentarios de revisión</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Worth a look</source>
        <translation>Conviene revisar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tit&amp;le:</source>
        <translation>Títu&amp;lo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The&amp;me:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us:</source>
        <translation>Estad&amp;o:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priorit&amp;y:</source>
        <translation>P&amp;rioridad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sta&amp;rt:</source>
        <translation>I&amp;nicio:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;nd:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pilot action (phase 2):</source>
        <translation>Acción piloto (fase 2):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Impact (1–5):</source>
        <translation>&amp;Impacto (1–5):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effor&amp;t (1–5):</source>
        <translation>Esfuer&amp;zo (1–5):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back&amp;ground (how the project led to it):</source>
        <translation>Antecedentes (cómo surgió del pro&amp;yecto):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ction (what will be done):</source>
        <translation>Acción (qué se &amp;hará):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note&amp;s:</source>
        <translation>O&amp;bservaciones:</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Review comments (%1)</source>
        <translation>Comentarios de revisión (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change owner</source>
        <translation>Cambiar el responsable</translation>
    </message>
</context>
<context>
    <name>ActionSlide</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/slide_action.py" line="+35"/>
        <source>Budget by funding source</source>
        <translation>Presupuesto por fuente de financiación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicators: baseline → target</source>
        <translation>Indicadores: valor inicial → meta</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>ACTION %1 OF %2</source>
        <translation>ACCIÓN %1 DE %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeframe</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No indicators yet</source>
        <translation>Aún no hay indicadores</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Votes %1</source>
        <translation>Votos %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No decision yet</source>
        <translation>Aún sin decisión</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../../action_planner/ui/action_columns.py" line="+48"/>
        <source>No.</source>
        <extracomment>Columns of figures, aligned right. The column headers in English, in column order (marked here for lupdate, translated by :func:`headers`).</extracomment>
        <translation>N.º</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeframe</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Filtrar acciones por título, tema, responsable o estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter actions</source>
        <translation>Filtrar acciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions of the plan</source>
        <translation>Acciones del plan</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;New Action…</source>
        <translation>&amp;Nueva acción…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dupli&amp;cate Action</source>
        <translation>Dupli&amp;car acción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Action…</source>
        <translation>E&amp;liminar acción…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move Action &amp;Up</source>
        <translation>&amp;Subir acción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move Action Do&amp;wn</source>
        <translation>&amp;Bajar acción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filter Actions</source>
        <translation>&amp;Filtrar acciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Action</source>
        <translation>&amp;Editar acción</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Go to the actions</source>
        <translation>Ir a las acciones</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Select a plan under Regions and Plans, or add one (Plan ▸ Add Plan…, Ctrl+Shift+P).</source>
        <translation>Seleccione un plan en Regiones y planes o añada uno (Plan ▸ Añadir plan…, Ctrl+Shift+P).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No actions yet. Pick an intervention in the Catalogue (F7) and press Enter, or write your own (Action ▸ New Action…, Ctrl+Shift+N).</source>
        <translation>Aún no hay acciones. Elija una intervención en el Catálogo (F7) y pulse Intro, o redacte la suya (Acción ▸ Nueva acción…, Ctrl+Shift+N).</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>Add %n action(s) from catalogue</source>
        <translation>
            <numerusform>Añadir %n acción del catálogo</numerusform>
            <numerusform>Añadir %n acciones del catálogo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New action</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action &amp;title:</source>
        <translation>&amp;Título de la acción:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete action %1, “%2”, with its budget and KPIs? Edit ▸ Undo brings it back.</source>
        <translation>¿Eliminar la acción %1, «%2», con su presupuesto y sus KPI? Edición ▸ Deshacer la recupera.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Delete action</source>
        <translation>Eliminar acción</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>To reorder by dragging, sort by No. and clear the filter (or use Ctrl+Shift+Up/Down).</source>
        <translation>Para reordenar arrastrando, ordene por N.º y borre el filtro (o use Ctrl+Shift+Arriba/Abajo).</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <location filename="../../../action_planner/ui/advice.py" line="+12"/>
        <source>No owner yet: who leads this action? (Owner and players)</source>
        <translation>Aún no hay responsable: ¿quién lidera esta acción? (Responsable y agentes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No KPI yet: how will progress be measured? (KPIs)</source>
        <translation>Aún no hay KPI: ¿cómo se medirá el avance? (KPI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The KPI “%1” has no target yet.</source>
        <translation>El KPI «%1» aún no tiene meta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget line %1 is for %2, before the action starts (%3).</source>
        <translation>La línea presupuestaria %1 corresponde a %2, antes de que empiece la acción (%3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget line %1 is for %2, after the action ends (%3).</source>
        <translation>La línea presupuestaria %1 corresponde a %2, después de que termine la acción (%3).</translation>
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
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+28"/>
        <source>Action plans (*.actionplan)</source>
        <translation>Planes de acción (*.actionplan)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Write the address as postgresql://user@server/database.</source>
        <translation>Escriba la dirección así: postgresql://usuario@servidor/base_de_datos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connect to Team Workspace</source>
        <translation>Conectar a espacio de trabajo de equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database address (the password comes from ~/.pgpass):</source>
        <translation>&amp;Dirección de la base de datos (la contraseña se toma de ~/.pgpass):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create workspace</source>
        <translation>No se puede crear el espacio de trabajo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Building the demo workspace…</source>
        <translation>Creando el espacio de trabajo de demostración…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot build the demo</source>
        <translation>No se puede crear la demostración</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspace in use</source>
        <translation>Espacio de trabajo en uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Read-Only</source>
        <translation>Abrir en solo &amp;lectura</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot show workspace</source>
        <translation>No se puede mostrar el espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/board_model.py" line="+30"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number in the plan</source>
        <translation>Número en el plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes for</source>
        <translation>Votos a favor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes against</source>
        <translation>Votos en contra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes for minus votes against</source>
        <translation>Votos a favor menos votos en contra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest decision</source>
        <translation>Última decisión</translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/board.py" line="+89"/>
        <source>Actions ranked by net votes</source>
        <translation>Acciones clasificadas por votos netos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vote +</source>
        <translation>Voto +</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One more vote for the selected action (+)</source>
        <translation>Un voto más a favor de la acción seleccionada (+)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vote −</source>
        <translation>Voto −</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One more vote against the selected action (−)</source>
        <translation>Un voto más en contra de la acción seleccionada (−)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide…</source>
        <translation>Decidir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a decision on the selected action (Enter)</source>
        <translation>Registrar una decisión sobre la acción seleccionada (Intro)</translation>
    </message>
</context>
<context>
    <name>BoardSlide</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/slide_board.py" line="+166"/>
        <source>Impact and effort, and the votes</source>
        <translation>Impacto, esfuerzo y votos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ranking by votes</source>
        <translation>Clasificación por votos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PRIORITISATION</source>
        <translation>PRIORIZACIÓN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not on the board yet: %1</source>
        <translation>Aún fuera del tablero: %1</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/board.py" line="-60"/>
        <source>Prioritisation board: impact by effort</source>
        <translation>Tablero de priorización: impacto frente a esfuerzo</translation>
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
        <translation>Fuente de financiación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Porcentaje</translation>
    </message>
</context>
<context>
    <name>BudgetCommands</name>
    <message>
        <location filename="../../../action_planner/ui/commands/budget.py" line="+19"/>
        <source>Add budget line</source>
        <translation>Añadir línea presupuestaria</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Change budget</source>
        <translation>Cambiar el presupuesto</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete budget line</source>
        <translation>Eliminar línea presupuestaria</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change reporting currency</source>
        <translation>Cambiar la moneda de informe</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/budget_editor.py" line="+47"/>
        <source>Budget lines</source>
        <translation>Líneas presupuestarias</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add &amp;line</source>
        <translation>&amp;Nueva línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move line</source>
        <translation>&amp;Quitar línea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action total</source>
        <translation>Total de la acción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget problems</source>
        <translation>Problemas del presupuesto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worth a look</source>
        <translation>Conviene revisar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove budget line</source>
        <translation>Quitar línea presupuestaria</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Action total: %1</source>
        <translation>Total de la acción: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Line %1, %2: %3</source>
        <translation>Línea %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>BudgetLinesModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/lines.py" line="+35"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding source</source>
        <translation>Fuente de financiación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Año</translation>
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
        <translation>Presupuesto por tema y por fuente de financiación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>By theme</source>
        <translation>Por tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By funding source</source>
        <translation>Por fuente de financiación</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>BUDGET</source>
        <translation>PRESUPUESTO</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 in the reporting currency</source>
        <translation>%1 en la moneda de informe</translation>
    </message>
</context>
<context>
    <name>CatalogueBrowser</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/catalogue_browser.py" line="+48"/>
        <location line="+1"/>
        <source>Search the catalogue</source>
        <translation>Buscar en el catálogo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme filter</source>
        <translation>Filtro por tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All themes</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catalogue interventions</source>
        <translation>Intervenciones del catálogo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Intervention details</source>
        <translation>Detalles de la intervención</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>Add to Plan</source>
        <translation>Añadir al plan</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Add the selected intervention as a new action (or drag it onto the table)</source>
        <translation>Añadir la intervención seleccionada como nueva acción (o arrastrarla a la tabla)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New…</source>
        <translation>Nueva…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an intervention to the catalogue</source>
        <translation>Añadir una intervención al catálogo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected intervention (or double-click it)</source>
        <translation>Modificar la intervención seleccionada (o hacer doble clic en ella)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected intervention from the catalogue (undoable)</source>
        <translation>Quitar la intervención seleccionada del catálogo (se puede deshacer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+75"/>
        <source>Delete Intervention</source>
        <translation>Eliminar intervención</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Go to the interventions</source>
        <translation>Ir a las intervenciones</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>No intervention matches the search.</source>
        <translation>Ninguna intervención coincide con la búsqueda.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Typical duration:</source>
        <translation>Duración típica:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Typical cost:</source>
        <translation>Coste típico:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost facts:</source>
        <translation>Datos de costes:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested KPIs:</source>
        <translation>KPI sugeridos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1–%n month(s)</source>
        <comment>a typical duration from %1 to %n months</comment>
        <translation>
            <numerusform>%1–%n mes</numerusform>
            <numerusform>%1–%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueCommands</name>
    <message>
        <location filename="../../../action_planner/ui/commands/catalogue.py" line="+75"/>
        <source>Add intervention</source>
        <translation>Añadir intervención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change intervention</source>
        <translation>Modificar intervención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete intervention</source>
        <translation>Eliminar intervención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The intervention %1 is no longer in the catalogue.</source>
        <translation>La intervención %1 ya no está en el catálogo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add indicator</source>
        <translation>Añadir indicador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change indicator</source>
        <translation>Modificar indicador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete indicator</source>
        <translation>Eliminar indicador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The indicator %1 is no longer in the library.</source>
        <translation>El indicador %1 ya no está en la biblioteca.</translation>
    </message>
</context>
<context>
    <name>CatalogueFiles</name>
    <message>
        <location filename="../../../action_planner/ui/catalogue_files.py" line="+32"/>
        <source>Catalogue files (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Archivos de catálogo (*.csv *.xlsx);;Archivos CSV (*.csv);;Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Catalogue</source>
        <translation>Exportar catálogo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the catalogue to “%1”…</source>
        <translation>Escribiendo el catálogo en «%1»…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalogue was written to “%1”.</source>
        <translation>El catálogo se ha escrito en «%1».</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Import Catalogue</source>
        <translation>Importar catálogo</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Import “%1”?

Importing adds or updates entries by code; it cannot be undone.</source>
        <translation>¿Importar «%1»?

La importación añade o actualiza entradas según su código; no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing “%1”…</source>
        <translation>Importando «%1»…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The catalogue was imported.</source>
        <translation>El catálogo se ha importado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interventions: %1 added, %2 updated.</source>
        <translation>Intervenciones: %1 añadidas, %2 actualizadas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicators: %1 added, %2 updated.</source>
        <translation>Indicadores: %1 añadidos, %2 actualizados.</translation>
    </message>
</context>
<context>
    <name>ChangesSlide</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/slide_logs.py" line="+71"/>
        <source>Changes since the workshop started</source>
        <translation>Cambios desde el inicio del taller</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>NO WORKSHOP RUNNING</source>
        <translation>NINGÚN TALLER EN CURSO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a workshop (Workshop ▸ Start Workshop) to follow what the room changes.</source>
        <translation>Inicie un taller (Taller ▸ Iniciar taller) para seguir los cambios que haga la sala.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SINCE %1</source>
        <translation>DESDE %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has changed yet.</source>
        <translation>Aún no ha cambiado nada.</translation>
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
        <translation>Comentarios de revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No partner has commented on this action yet. Use File ▸ Send for Review…</source>
        <translation>Ningún socio ha comentado aún esta acción. Use Archivo ▸ Enviar para revisión…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../../action_planner/ui/conflict_dialog.py" line="+54"/>
        <source>Changed by another planner</source>
        <translation>Modificado por otro planificador</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another planner changed %1 while you were editing it. Nothing was saved yet: choose what to keep.</source>
        <translation>Otro planificador ha modificado %1 mientras usted lo editaba. Aún no se ha guardado nada: elija qué conservar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When you started</source>
        <translation>Al empezar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs (saved now)</source>
        <translation>Versión del otro (guardada)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mer&amp;ged text (edit it, then Save Merged):</source>
        <translation>Texto &amp;combinado (edítelo y pulse Guardar combinado):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep &amp;Theirs</source>
        <translation>Conservar la del &amp;otro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep &amp;Mine</source>
        <translation>Conservar la &amp;mía</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save Merged</source>
        <translation>&amp;Guardar combinado</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>That row no longer exists (another planner deleted it).</source>
        <translation>Esa fila ya no existe (otro planificador la ha eliminado).</translation>
    </message>
</context>
<context>
    <name>ContinueDialog</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/session.py" line="+20"/>
        <source>A workshop on this plan has been running since %1. Continue it, or start a new one?</source>
        <translation>Hay un taller en curso sobre este plan desde %1. ¿Quiere continuarlo o empezar uno nuevo?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start workshop</source>
        <translation>Iniciar taller</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;New</source>
        <translation>Empezar de &amp;nuevo</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/inputs.py" line="+81"/>
        <source>e.g. %1 or %2</source>
        <extracomment>Where an empty field&apos;s calendar opens (asked when it opens: the action&apos;s or the plan&apos;s period).</extracomment>
        <translation>p. ej., %1 o %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Elegir en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is not a date: type it as %2 or %3.</source>
        <translation>«%1» no es una fecha: escríbala como %2 o %3.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/decisions.py" line="+37"/>
        <source>Record a decision</source>
        <extracomment>Called with the decision and the note when the facilitator presses Record.</extracomment>
        <translation>Registrar una decisión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action %1: %2</source>
        <translation>Acción %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Note (who, what was agreed, what is still open):</source>
        <translation>&amp;Nota (quién, qué se acordó, qué queda pendiente):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision note</source>
        <translation>Nota de la decisión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
</context>
<context>
    <name>DecisionsSlide</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/slide_logs.py" line="-63"/>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No decisions recorded yet.</source>
        <translation>Aún no se ha registrado ninguna decisión.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>DECISIONS LOG · %n RECORDED</source>
        <translation>
            <numerusform>REGISTRO DE DECISIONES · %n REGISTRADA</numerusform>
            <numerusform>REGISTRO DE DECISIONES · %n REGISTRADAS</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../../action_planner/ui/document.py" line="+136"/>
        <source>Write the address as postgresql://user@server/database.</source>
        <extracomment>How often a read-only window looks whether the writer committed (ms). What a refresh after another program&apos;s commit reports when it cannot say what changed. How often a team workspace&apos;s window looks for other planners&apos; commits (ms): &quot;within a second&quot;. Emitted once the writer of a read-only window committed, after the views were told to refresh. Emitted once when the file was deleted, moved or replaced while open (the reason): nothing more is written to it, and the window offers to save what it shows as a new file. Emitted when a team workspace&apos;s server stops or starts being reachable (True once it is back, after the views read everything again). The workspace&apos;s funding sources, read again (before any view refreshes) when the list changes.</extracomment>
        <translation>Escriba la dirección así: postgresql://usuario@servidor/base_de_datos.</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../../action_planner/ui/entry_editor.py" line="+59"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ExportDoneDialog</name>
    <message>
        <location filename="../../../action_planner/ui/export_runner.py" line="+33"/>
        <source>The export was saved as
%1</source>
        <extracomment>Formats offered in the menu before the exporters are loaded (they import heavy libraries).</extracomment>
        <translation>La exportación se ha guardado como
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <location line="+26"/>
        <source>Export as Word document</source>
        <translation>Exportar como documento de Word</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word document (*.docx)</source>
        <translation>Documento de Word (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as Excel workbook</source>
        <translation>Exportar como libro de Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as PDF document</source>
        <translation>Exportar como documento PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Export failed</source>
        <translation>La exportación ha fallado</translation>
    </message>
</context>
<context>
    <name>FormBinder</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/forms.py" line="+106"/>
        <source>not scored</source>
        <extracomment>``commit({field: value})`` stores the values and returns the refusals (field -&gt; message), empty if stored.</extracomment>
        <translation>sin puntuar</translation>
    </message>
</context>
<context>
    <name>FundingSourceCommands</name>
    <message>
        <location filename="../../../action_planner/ui/commands/funding.py" line="+19"/>
        <source>Add funding source</source>
        <translation>Añadir fuente de financiación</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rename funding source</source>
        <translation>Cambiar el nombre de la fuente de financiación</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move funding source</source>
        <translation>Mover fuente de financiación</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove funding source</source>
        <translation>Eliminar fuente de financiación</translation>
    </message>
</context>
<context>
    <name>FundingSourcesDialog</name>
    <message>
        <location filename="../../../action_planner/ui/funding_dialog.py" line="+43"/>
        <source>Funding Sources</source>
        <translation>Fuentes de financiación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Budget lines choose their funding source from this list. The built-in sources are shown in your language; a source that a budget line names cannot be removed.</source>
        <translation>Las líneas presupuestarias toman su fuente de financiación de esta lista. Las fuentes predefinidas se muestran en su idioma; no se puede eliminar una fuente que figure en alguna línea presupuestaria.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Funding source problem</source>
        <translation>Problema con la fuente de financiación</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Funding sources</source>
        <translation>Fuentes de financiación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove Funding Source</source>
        <translation>Eliminar fuente de financiación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. UK Shared Prosperity Fund</source>
        <translation>p. ej., Mecanismo de Recuperación y Resiliencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename</source>
        <translation>Cambia&amp;r nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move</source>
        <translation>Eli&amp;minar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
</context>
<context>
    <name>FundingSourcesModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/funding.py" line="+30"/>
        <source>Funding source</source>
        <translation>Fuente de financiación</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Built in (shown in your language)</source>
        <translation>Predefinida (se muestra en su idioma)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added here</source>
        <translation>Añadida aquí</translation>
    </message>
</context>
<context>
    <name>GlanceView</name>
    <message>
        <location filename="../../../action_planner/ui/glance_view.py" line="+42"/>
        <source>Regions and plans</source>
        <extracomment>The work waits at most this long for the first paint (a window shown minimised may never paint).</extracomment>
        <translation>Regiones y planes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Actions of the plan</source>
        <translation>Acciones del plan</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Regions and Plans</source>
        <translation>Regiones y planes</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <location filename="../../../action_planner/ui/indicator_editor.py" line="+27"/>
        <source>New Indicator</source>
        <translation>Nuevo indicador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Indicator</source>
        <translation>Editar indicador</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An indicator with this code is already in the library.</source>
        <translation>Ya hay un indicador con este código en la biblioteca.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. EXP-01</source>
        <translation>p. ej., EXP-01</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. enterprises</source>
        <translation>p. ej., empresas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Interreg Europe programme indicator</source>
        <translation>p. ej., indicador del programa Interreg Europe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unidad</translation>
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
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>IndicatorPickerDialog</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/indicator_picker.py" line="+53"/>
        <source>&amp;Search the indicator library:</source>
        <translation>&amp;Buscar en la biblioteca de indicadores:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search indicators</source>
        <translation>Buscar indicadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. RCO02, exporters, enterprises</source>
        <translation>p. ej., RCO02, exportadoras, empresas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Matching indicators</source>
        <translation>Indicadores encontrados</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Choose an indicator from the list.</source>
        <translation>Elija un indicador de la lista.</translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/catalogue.py" line="+89"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unidad</translation>
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
        <translation>Nueva intervención</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Intervention</source>
        <translation>Editar intervención</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An intervention with this code is already in the catalogue.</source>
        <translation>Ya hay una intervención con este código en el catálogo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. INT-21</source>
        <translation>p. ej., INT-21</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <location line="+10"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>lowest</source>
        <translation>mínimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>highest</source>
        <translation>máximo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. RCO01; RCO04</source>
        <translation>p. ej., RCO01; RCO04</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
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
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uration (months):</source>
        <translation>D&amp;uración (meses):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortest duration in months</source>
        <translation>Duración mínima en meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest duration in months</source>
        <translation>Duración máxima en meses</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Typical c&amp;ost:</source>
        <translation>C&amp;oste típico:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lowest typical cost</source>
        <translation>Coste típico mínimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest typical cost</source>
        <translation>Coste típico máximo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost currency</source>
        <translation>Moneda del coste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost &amp;facts:</source>
        <translation>Datos de co&amp;stes:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost facts</source>
        <translation>Datos de costes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sou&amp;rce:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested &amp;indicators:</source>
        <translation>&amp;Indicadores sugeridos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested indicators</source>
        <translation>Indicadores sugeridos</translation>
    </message>
</context>
<context>
    <name>InterventionsModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/catalogue.py" line="-63"/>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../../action_planner/ui/jobs.py" line="+149"/>
        <source>Another job is still running; start this one when it has finished.</source>
        <translation>Hay otra tarea en curso; inicie esta cuando haya terminado.</translation>
    </message>
</context>
<context>
    <name>KpiCommands</name>
    <message>
        <location filename="../../../action_planner/ui/commands/kpis.py" line="+22"/>
        <source>Add KPI</source>
        <translation>Añadir KPI</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change KPI</source>
        <translation>Cambiar el KPI</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete KPI</source>
        <translation>Eliminar KPI</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Correct KPI value</source>
        <translation>Corregir valor del KPI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record KPI value</source>
        <translation>Registrar valor del KPI</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove KPI value</source>
        <translation>Quitar valor del KPI</translation>
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
        <translation>&amp;Nuevo KPI…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change indicator…</source>
        <translation>Ca&amp;mbiar indicador…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move KPI</source>
        <translation>&amp;Quitar KPI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KPI problems</source>
        <translation>Problemas de los KPI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove KPI</source>
        <translation>Quitar KPI</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Values measured for the selected KPI</source>
        <translation>Valores medidos del KPI seleccionado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Record value…</source>
        <translation>&amp;Registrar valor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove va&amp;lue</source>
        <translation>Quitar va&amp;lor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove value</source>
        <translation>Quitar valor</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Values measured for “%1”:</source>
        <translation>Valores medidos de «%1»:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Values measured:</source>
        <translation>Valores medidos:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The KPI is no longer there (it may have been removed).</source>
        <translation>El KPI ya no existe (puede que se haya quitado).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>KPI %1, %2: %3</source>
        <translation>KPI %1, %2: %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add KPI</source>
        <translation>Añadir KPI</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change indicator</source>
        <translation>Cambiar indicador</translation>
    </message>
</context>
<context>
    <name>KpisModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/lines.py" line="+35"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Valor de referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>Fecha objetivo</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../../action_planner/model/enums.py" line="+30"/>
        <source>Investment for Growth and Jobs programme</source>
        <translation>Programa de Inversión en Crecimiento y Empleo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>European Territorial Cooperation programme</source>
        <translation>Programa de Cooperación Territorial Europea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other regional development policy instrument</source>
        <translation>Otro instrumento de política de desarrollo regional</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endorsed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delayed</source>
        <translation>Retrasada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
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
        <translation>Baja</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ERDF / Interreg</source>
        <translation>FEDER / Interreg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National</source>
        <translation>Nacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional</source>
        <translation>Regional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipal</source>
        <translation>Municipal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>Privada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Agreed</source>
        <translation>Acordada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To revisit</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parked</source>
        <translation>Aplazada</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Output</source>
        <translation>Realización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
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
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan details</source>
        <translation>Detalles del plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regions and Plans</source>
        <translation>Regiones y planes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved state</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (read-only) — Action Planner</source>
        <translation>%1 (solo lectura) — Action Planner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read-only: another window or program is writing to this workspace. Its changes appear here as they are saved.</source>
        <translation>Solo lectura: otra ventana u otro programa está escribiendo en este espacio de trabajo. Sus cambios aparecen aquí a medida que se guardan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (no longer on disk) — Action Planner</source>
        <translation>%1 (ya no está en el disco) — Action Planner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workspace file gone</source>
        <translation>El archivo del espacio de trabajo ha desaparecido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace file is gone; use Save As to keep these plans.</source>
        <translation>El archivo del espacio de trabajo ha desaparecido; use Guardar como para conservar estos planes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: the file is gone</source>
        <translation>Sin guardar: el archivo ha desaparecido</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Connected to the server again; the plans show its latest state.</source>
        <translation>Conexión con el servidor restablecida; los planes muestran su estado más reciente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Server unreachable</source>
        <translation>Servidor inaccesible</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The server cannot be reached. The window keeps what it shows and tries again every second; edits are refused until it is back, and nothing is reported as saved that the server did not store.</source>
        <translation>No se puede acceder al servidor. La ventana conserva lo que muestra y vuelve a intentarlo cada segundo; no se admiten cambios hasta que vuelva, y nada se da por guardado si el servidor no lo ha almacenado.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This plan holds a damaged value; choose another plan.</source>
        <translation>Este plan contiene un valor dañado; elija otro plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Damaged value</source>
        <translation>Valor dañado</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Save a copy as</source>
        <translation>Guardar una copia como</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action plans (*.actionplan)</source>
        <translation>Planes de acción (*.actionplan)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save As</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved a copy as %1</source>
        <translation>Copia guardada como %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Uploaded to %1</source>
        <translation>Subido a %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upload to Team Workspace</source>
        <translation>Subir al espacio de trabajo de equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Empty database to copy every plan into (postgresql://user@server/database):</source>
        <translation>&amp;Base de datos vacía en la que copiar todos los planes (postgresql://usuario@servidor/base_de_datos):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a plan to export first.</source>
        <translation>Seleccione primero el plan que desea exportar.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Indicator Library</source>
        <translation>Biblioteca de indicadores</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/measure_dialog.py" line="+27"/>
        <source>Correct KPI Value</source>
        <extracomment>``store(measured_on, value typed, note)`` returns None when recorded, else why not.</extracomment>
        <translation>Corregir valor del KPI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record KPI Value</source>
        <translation>Registrar valor del KPI</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 12 or %1</source>
        <translation>p. ej., 12 o %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source or remark (optional)</source>
        <translation>fuente u observación (opcional)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Measured on:</source>
        <translation>&amp;Fecha de medición:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Value (%1):</source>
        <translation>&amp;Valor (%1):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type the date the value was measured on.</source>
        <translation>Indique la fecha en que se midió el valor.</translation>
    </message>
</context>
<context>
    <name>MeasuredModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/lines.py" line="+66"/>
        <source>Measured on</source>
        <translation>Fecha de medición</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Avance</translation>
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
        <translation>«%1» solo puede contener letras, dígitos, &apos;-&apos;, &apos;_&apos; y &apos;.&apos;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a whole number of months.</source>
        <translation>«%1» no es un número entero de meses.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A duration is between 1 and 240 months.</source>
        <translation>La duración va de 1 a 240 meses.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../../action_planner/model/services/base.py" line="+105"/>
        <source>“%1” is not a theme (choose one of: %2).</source>
        <translation>«%1» no es un tema (elija uno de estos: %2).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>List indicator codes separated by semicolons, e.g. %1.</source>
        <translation>Indique los códigos de indicador separados por punto y coma, por ejemplo, %1.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The highest typical cost is below the lowest.</source>
        <translation>El coste típico máximo es inferior al mínimo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The longest duration is shorter than the shortest.</source>
        <translation>La duración máxima es inferior a la mínima.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>“%1” is not a theme.</source>
        <extracomment>Rows per INSERT ... RETURNING of new interventions (each an executemany of SQLite&apos;s multi-row VALUES).</extracomment>
        <translation>«%1» no es un tema.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Not in the indicator library: %1. Add them first.</source>
        <translation>
            <numerusform>No está en la biblioteca de indicadores: %1. Añádalo primero.</numerusform>
            <numerusform>No están en la biblioteca de indicadores: %1. Añádalos primero.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/errors.py" line="+57"/>
        <source>Cannot open “%1”: %2</source>
        <translation>No se puede abrir «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>“%1” holds %n damaged value(s) that cannot be read:</source>
        <translation>
            <numerusform>«%1» contiene %n valor dañado que no se puede leer:</numerusform>
            <numerusform>«%1» contiene %n valores dañados que no se pueden leer:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed, and the rest of the workspace can still be used; correct the value with a copy of the file from before it was damaged.</source>
        <translation>No se ha modificado nada y el resto del espacio de trabajo se puede seguir usando; corrija el valor con una copia del archivo anterior al daño.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nothing was saved to “%1”: %2</source>
        <extracomment>The window&apos;s sentences: the heading, each damaged value on its own line, then what to do.</extracomment>
        <translation>No se ha guardado nada en «%1»: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>it is already open for writing %1. Open it read-only, or close it there first.</source>
        <translation>ya está abierto para escritura %1. Ábralo en modo de solo lectura o ciérrelo allí primero.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Another planner changed %1 (%2) since this window showed it; nothing was saved.</source>
        <translation>Otro planificador ha modificado %1 (%2) desde que esta ventana lo mostró; no se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/fileformat.py" line="+34"/>
        <source>the path leads nowhere (%1).</source>
        <extracomment>SQLite ``application_id`` of every workspace (&quot;APLN&quot;). ``user_version`` written by the newest migration; a file above it is from a newer app. How long an action waits for another program&apos;s lock before giving up (ms).</extracomment>
        <translation>la ruta no lleva a ninguna parte (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the path could not be followed (%1).</source>
        <translation>no se ha podido seguir la ruta (%1).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the file does not exist.</source>
        <translation>el archivo no existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a folder, not a workspace file.</source>
        <translation>es una carpeta, no un archivo de espacio de trabajo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>you do not have permission to read it.</source>
        <translation>no tiene permiso para leerlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it could not be read (%1).</source>
        <translation>no se ha podido leer (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is empty.</source>
        <translation>el archivo está vacío.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not an Action Planner workspace (not a SQLite database).</source>
        <translation>no es un espacio de trabajo de Action Planner (no es una base de datos SQLite).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is a SQLite database from another application, not an Action Planner workspace.</source>
        <translation>es una base de datos SQLite de otra aplicación, no un espacio de trabajo de Action Planner.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it was saved by a newer version of Action Planner (file format %1; this version reads up to %2). Update Action Planner to open it.</source>
        <translation>se guardó con una versión más reciente de Action Planner (formato de archivo %1; esta versión lee hasta el %2). Actualice Action Planner para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/money.py" line="+50"/>
        <source>Choose a currency.</source>
        <extracomment>The rounding rule, stated once: every amount is rounded to its currency&apos;s minor unit, half away from zero (&quot;commercial rounding&quot;), as soon as it is entered or converted. Totals add rounded amounts, so every total equals the sum of its parts to the cent. Largest amount accepted for one budget line (a sanity bound, not a policy). Decimal places of an exchange rate (InforEuro publishes 4; central banks up to 6). Rates and intermediate products are computed at this precision before rounding.</extracomment>
        <translation>Elija una moneda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not an ISO 4217 currency code (for example %2).</source>
        <translation>«%1» no es un código de moneda ISO 4217 (por ejemplo, %2).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Amounts must be exact; enter the figure as text, not as a float.</source>
        <translation>Los importes deben ser exactos; introduzca la cifra como texto, no como número de coma flotante.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Enter an amount as a number, for example 12500.00.</source>
        <translation>Introduzca un importe como número, por ejemplo 12500.00.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An amount cannot be negative.</source>
        <translation>Un importe no puede ser negativo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That amount is too large (the limit is one trillion).</source>
        <translation>El importe es demasiado grande (el límite es un billón).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 amounts are in whole units.</source>
        <translation>Los importes en %1 van en unidades enteras.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 amounts have at most %n decimal place(s).</source>
        <translation>
            <numerusform>Los importes en %1 tienen como máximo %n decimal.</numerusform>
            <numerusform>Los importes en %1 tienen como máximo %n decimales.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter an amount.</source>
        <translation>Introduzca un importe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use a point for decimals, for example 12500.50.</source>
        <translation>Use el punto para los decimales, por ejemplo 12500.50.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the rate as text, for example 11.2345.</source>
        <translation>Introduzca el tipo de cambio como texto, por ejemplo 11.2345.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The rate must be a number, for example 11.2345.</source>
        <translation>El tipo de cambio debe ser un número, por ejemplo 11.2345.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rate must be a positive number.</source>
        <translation>El tipo de cambio debe ser un número positivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That rate is out of any plausible range.</source>
        <translation>Ese tipo de cambio está fuera de cualquier intervalo razonable.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Give the rate with at most %n decimal place(s).</source>
        <translation>
            <numerusform>Indique el tipo de cambio con %n decimal como máximo.</numerusform>
            <numerusform>Indique el tipo de cambio con %n decimales como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No exchange rate from %1 to %2: add one under Plan ▸ Exchange Rates.</source>
        <translation>No hay tipo de cambio de %1 a %2: añada uno en Plan ▸ Tipos de cambio.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/refusals.py" line="+34"/>
        <source>another program kept the file locked for too long. Try again in a moment, or close it there.</source>
        <translation>otro programa ha mantenido el archivo bloqueado demasiado tiempo. Vuelva a intentarlo en un momento o ciérrelo en ese programa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the disk is full. Free some space and try again.</source>
        <translation>el disco está lleno. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file became read-only. Check its permissions or the drive, then try again.</source>
        <translation>el archivo ha pasado a ser de solo lectura. Compruebe sus permisos o la unidad y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the drive reported a read or write error. Check the drive, then try again.</source>
        <translation>la unidad ha notificado un error de lectura o escritura. Compruebe la unidad y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is damaged. Save a copy with File › Save As and check it.</source>
        <translation>el archivo está dañado. Guarde una copia con Archivo › Guardar como y revísela.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/server.py" line="+78"/>
        <source>this region&apos;s plans belong to another agency; your role may not change them.</source>
        <extracomment>The channel every team workspace announces its commits on (one database per workspace). PostgreSQL&apos;s limit for a NOTIFY payload is 8,000 bytes; a larger change is announced as &quot;everything&quot;. How long a write waits for a row another planner is changing, before it is refused as busy. After a lost connection, how long to wait between tries to listen again (seconds).</extracomment>
        <translation>los planes de esta región pertenecen a otra agencia; su función no le permite modificarlos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>your role on the server may not make this change (ask the workspace&apos;s owner for editor rights).</source>
        <translation>su función en el servidor no le permite hacer este cambio (pida permisos de edición al propietario del espacio de trabajo).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>another planner was changing the same rows. Try again in a moment.</source>
        <translation>otro planificador estaba modificando las mismas filas. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server&apos;s disk is full. Tell the server&apos;s administrator.</source>
        <translation>el disco del servidor está lleno. Avise al administrador del servidor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server could not be reached. Check the network; the window keeps what it shows and retries.</source>
        <translation>no se ha podido conectar con el servidor. Compruebe la red; la ventana conserva lo que muestra y lo vuelve a intentar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the database is empty. Upload a workspace to it (File › Upload to Team Workspace… or action-planner copy FILE URL), or create a new one in it.</source>
        <translation>la base de datos está vacía. Suba un espacio de trabajo (Archivo › Subir al espacio de trabajo del equipo… o action-planner copy FILE URL) o cree uno nuevo en ella.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the database holds tables that are not an Action Planner workspace.</source>
        <translation>la base de datos contiene tablas que no son de un espacio de trabajo de Action Planner.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its format “%1” is not one Action Planner wrote.</source>
        <translation>su formato «%1» no es uno que haya escrito Action Planner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it was written by a newer version of Action Planner (format %1).</source>
        <translation>lo escribió una versión más reciente de Action Planner (formato %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it lacks the workspace tables %1.</source>
        <translation>le faltan las tablas del espacio de trabajo %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>your role on the server may not read this workspace.</source>
        <translation>su función en el servidor no le permite leer este espacio de trabajo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server refused the connection (%1).</source>
        <translation>el servidor ha rechazado la conexión (%1).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>it is in the older format %1; upgrading changes it for every planner. Keep a dump first (%2), then open it again and confirm the upgrade (%3).</source>
        <translation>está en el formato anterior %1; actualizarlo lo cambia para todos los planificadores. Guarde antes un volcado (%2) y, después, vuelva a abrirlo y confirme la actualización (%3).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the database is not empty; a new workspace needs an empty one.</source>
        <translation>la base de datos no está vacía; un espacio de trabajo nuevo necesita una vacía.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>your role on the server lets you read this workspace, not change it.</source>
        <translation>su función en el servidor le permite leer este espacio de trabajo, pero no modificarlo.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/actions.py" line="+144"/>
        <source>Name the person responsible first: the e-mail address is theirs.</source>
        <extracomment>Editable action fields with their checks. Owner fields take names (created when new). Fields stored as they are cleaned (theme and owner go through lookups).</extracomment>
        <translation>Indique primero la persona responsable: la dirección de correo electrónico es la suya.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+162"/>
        <source>action %1 “%2”</source>
        <translation>la acción %1 «%2»</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+367"/>
        <location filename="../../../action_planner/model/services/base.py" line="-77"/>
        <source>That action no longer exists (it may have been deleted).</source>
        <extracomment>Fields that are columns of the action itself, shown as they are stored (no neighbour to look up).
----------
What :func:`get_or_fail` says of each kind of record that is no longer there, one whole sentence each.</extracomment>
        <translation>Esa acción ya no existe (puede que se haya eliminado).</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>Choose a position from %1 to %2.</source>
        <translation>Elija una posición del %1 al %2.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>“%1” is listed twice; give it one role.</source>
        <translation>«%1» aparece dos veces; asígnele un solo papel.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/budget.py" line="+181"/>
        <source>a budget line of action %1 “%2”</source>
        <extracomment>What the totals read of a budget line: its action, the action&apos;s theme, source, year, amount and currency.</extracomment>
        <translation>una línea presupuestaria de la acción %1 «%2»</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>A rate links two different currencies.</source>
        <translation>Un tipo de cambio relaciona dos monedas distintas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the date the rate is valid from.</source>
        <translation>Indique la fecha desde la que es válido el tipo de cambio.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/kpis.py" line="+43"/>
        <source>“%1” is not in the indicator library; add it there first, or name a custom KPI.</source>
        <translation>«%1» no está en la biblioteca de indicadores; añádalo primero allí o dé nombre a un KPI propio.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the date the value was measured.</source>
        <translation>Indique la fecha en que se midió el valor.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name a custom KPI, or pick an indicator from the library.</source>
        <extracomment>Library units that mean &quot;money in the plan&apos;s currency&quot; (the ERDF indicators count euros).</extracomment>
        <translation>Dé nombre a un KPI propio o elija un indicador de la biblioteca.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the KPI “%1”</source>
        <translation>el KPI «%1»</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/reviews.py" line="+138"/>
        <source>Choose at least one plan to send for review.</source>
        <translation>Elija al menos un plan para enviarlo a revisión.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This workspace never sent review round %1.</source>
        <translation>Este espacio de trabajo nunca envió la ronda de revisión %1.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 and %2 propose different values for the same field; accept one of them.</source>
        <translation>%1 y %2 proponen valores distintos para el mismo campo; acepte solo uno de ellos.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Review round %1 is closed; its proposals can no longer be applied.</source>
        <translation>La ronda de revisión %1 está cerrada; sus propuestas ya no se pueden aplicar.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>An action the review changes was deleted since; reject its proposals.</source>
        <translation>Una acción que la revisión modifica se ha eliminado entretanto; rechace sus propuestas.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/workshops.py" line="+338"/>
        <location line="+35"/>
        <source>Votes are whole numbers from %1 to %2.</source>
        <extracomment>Largest number of dots one action can hold (a sanity bound for a room of people). The action&apos;s own fields compared besides title, owner and total, in the order the editor shows them.</extracomment>
        <translation>Los votos son números enteros del %1 al %2.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Votes are whole numbers.</source>
        <translation>Los votos son números enteros.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../action_planner/model/team.py" line="+166"/>
        <source>The workspace has no region %1 (its regions: %2).</source>
        <extracomment>Which region a row of each plan-owned table belongs to: (table, guard function, its column). The functions the policies call. SECURITY DEFINER, so that a planner need not read ``team_regions``&apos; rows of others; ``session_user`` is the planner&apos;s login. A parent that is not found is being deleted in the same statement (its own guard decided), so its rows follow it; a missing plan of a rate is a workspace-wide rate, which only an editor of every region changes.</extracomment>
        <translation>
            <numerusform>El espacio de trabajo no tiene la región %1 (sus regiones: %2).</numerusform>
            <numerusform>El espacio de trabajo no tiene las regiones %1 (sus regiones: %2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1” is not a role (choose %2 or %3).</source>
        <translation>«%1» no es una función (elija %2 o %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only an editor is given regions: a viewer changes none.</source>
        <translation>Solo se asignan regiones a un editor: un lector no modifica ninguna.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server has no login “%1”; its administrator creates it (createuser).</source>
        <translation>El servidor no tiene el usuario «%1»; lo crea su administrador (createuser).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>only the workspace&apos;s owner, with the right to create roles, may grant access (%1).</source>
        <translation>solo el propietario del espacio de trabajo, con permiso para crear funciones, puede conceder acceso (%1).</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/transfer.py" line="+104"/>
        <location filename="../../../action_planner/model/workspace.py" line="+453"/>
        <source>a file with that name already exists.</source>
        <extracomment>Rows read and written per round trip.</extracomment>
        <translation>ya existe un archivo con ese nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../../action_planner/model/workspace.py" line="+2"/>
        <source>its folder does not exist.</source>
        <translation>su carpeta no existe.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/validation.py" line="+43"/>
        <source>Enter text here.</source>
        <extracomment>The characters of Unicode categories Cc and Cs (control characters and lone surrogates; new emoji and private use are kept), as one class, tested against unicodedata for every code point: a regex scans a text many times faster than a category lookup per character. The same but for tab and newline, which a multi-line text keeps. What XML 1.0 (so Word and Excel files) cannot hold: C0 controls but tab, newline and carriage return, lone surrogates, and the two noncharacters U+FFFE and U+FFFF. Characters a long text field (background, description, notes, policy context) holds at most. Decimal places a KPI figure may carry (a percentage to 4 places, a rate per 1,000 …). Every number stored in a workspace is below this and carries at most this many places (money less).</extracomment>
        <translation>Escriba aquí un texto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This holds a character that documents cannot store (U+FFFE or U+FFFF), often left by a damaged copy and paste; delete it and try again.</source>
        <translation>Contiene un carácter que los documentos no pueden almacenar (U+FFFE o U+FFFF), que suele quedar tras un copiar y pegar defectuoso; elimínelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This cannot be empty.</source>
        <translation>Este campo no puede quedar vacío.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is too long (%1 characters; the limit is %2).</source>
        <translation>El texto es demasiado largo (%1 caracteres; el límite es %2).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Enter a finite number.</source>
        <translation>Introduzca un número finito.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This cannot be negative.</source>
        <translation>Este valor no puede ser negativo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That number is too large.</source>
        <translation>El número es demasiado grande.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Use at most %n decimal place(s).</source>
        <translation>
            <numerusform>Use como máximo %n decimal.</numerusform>
            <numerusform>Use como máximo %n decimales.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an exact number stored as text</source>
        <translation>un número exacto almacenado como texto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a finite number</source>
        <translation>un número finito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number that is not negative</source>
        <translation>un número no negativo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a positive number</source>
        <translation>un número positivo</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>a number below %1 with at most %n decimal place(s)</source>
        <translation>
            <numerusform>un número inferior a %1 con %n decimal como máximo</numerusform>
            <numerusform>un número inferior a %1 con %n decimales como máximo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose yes or no.</source>
        <translation>Elija sí o no.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” does not look like an e-mail address.</source>
        <translation>«%1» no parece una dirección de correo electrónico.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is not a date; use YYYY-MM-DD.</source>
        <translation>«%1» no es una fecha; use el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>Introduzca la fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The end date is before the start date.</source>
        <translation>La fecha de finalización es anterior a la fecha de inicio.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/funding.py" line="+40"/>
        <source>That funding source no longer exists (it may have been removed).</source>
        <translation>Esa fuente de financiación ya no existe (puede que se haya eliminado).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is already in the list of funding sources.</source>
        <translation>«%1» ya figura en la lista de fuentes de financiación.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../../action_planner/model/validation.py" line="+15"/>
        <source>“%1” is not one of: %2.</source>
        <translation>«%1» no es ninguno de los valores admitidos: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a funding source to the list first.</source>
        <translation>Añada antes una fuente de financiación a la lista.</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>“%1” is the funding source of %n budget line(s); give them another source first.</source>
        <translation>
            <numerusform>«%1» es la fuente de financiación de %n línea presupuestaria; asígnele antes otra fuente.</numerusform>
            <numerusform>«%1» es la fuente de financiación de %n líneas presupuestarias; asígneles antes otra fuente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/validation.py" line="+7"/>
        <location line="+21"/>
        <source>Enter a number.</source>
        <translation>Introduzca un número.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Enter the number as text or an integer, not a float.</source>
        <translation>Introduzca el número como texto o como entero, no como número de coma flotante.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/money.py" line="-48"/>
        <location filename="../../../action_planner/model/validation.py" line="+14"/>
        <source>“%1” is not a number.</source>
        <translation>«%1» no es un número.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/validation.py" line="+13"/>
        <location line="+6"/>
        <location line="+4"/>
        <source>Scores are whole numbers from %1 to %2.</source>
        <translation>Las puntuaciones son números enteros del %1 al %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Enter a year such as %1.</source>
        <translation>Introduzca un año, por ejemplo %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a year between %1 and %2.</source>
        <translation>Introduzca un año entre %1 y %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This field cannot be edited.</source>
        <translation>Este campo no se puede modificar.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/workspace.py" line="-298"/>
        <source>another program is writing to it (the file is locked). Close it there.</source>
        <extracomment>What a refresh after another program&apos;s commit reports when it cannot say what: everything may have changed.</extracomment>
        <translation>otro programa está escribiendo en él (el archivo está bloqueado). Ciérrelo en ese programa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its unfinished change could not be undone (%1).</source>
        <translation>no se ha podido deshacer su cambio inacabado (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is damaged (%1).</source>
        <translation>el archivo está dañado (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SQLite could not open it (%1).</source>
        <translation>SQLite no ha podido abrirlo (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its journal shows a database from another application.</source>
        <translation>su diario indica una base de datos de otra aplicación.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it was saved by a newer version of Action Planner (file format %1).</source>
        <translation>se guardó con una versión más reciente de Action Planner (formato de archivo %1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it contains database objects that Action Planner did not create, or lacks its own (%1); it was not opened, for safety.</source>
        <translation>contiene objetos de base de datos que Action Planner no creó, o le faltan algunos propios (%1); por seguridad, no se ha abierto.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>another program is using it (the file is locked). Close it there and retry.</source>
        <translation>otro programa lo está usando (el archivo está bloqueado). Ciérrelo en ese programa y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the file is read-only. Make it writable, or copy it, and open it again.</source>
        <translation>el archivo es de solo lectura. Permita la escritura o cópielo, y vuelva a abrirlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its folder is read-only (Action Planner keeps a journal beside the file). Copy it elsewhere.</source>
        <translation>su carpeta es de solo lectura (Action Planner guarda un diario junto al archivo). Cópielo en otro lugar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>another program is writing to it (the file is locked). Close it there and retry.</source>
        <translation>otro programa está escribiendo en él (el archivo está bloqueado). Ciérrelo en ese programa y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SQLite refused it (%1).</source>
        <translation>SQLite lo ha rechazado (%1).</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>it could not be opened (%1).</source>
        <extracomment>Where the workspace is: the file, or the server database (``.name`` and ``.stem`` on both). Opened read-only (another window or program writes): every change is refused with a message.</extracomment>
        <translation>no se ha podido abrir (%1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>it is in the older file format %1; open it for writing once so it is upgraded.</source>
        <translation>está en el formato de archivo anterior %1; ábralo una vez para escritura y así se actualizará.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>its folder is read-only.</source>
        <translation>su carpeta es de solo lectura.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>it is open read-only because another window or program is writing to it.</source>
        <translation>está abierto en modo de solo lectura porque otra ventana u otro programa está escribiendo en él.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the file was deleted or moved while it was open. Use File › Save As to keep this window&apos;s plans as a new file.</source>
        <translation>el archivo se ha eliminado o movido mientras estaba abierto. Use Archivo › Guardar como para conservar los planes de esta ventana en un archivo nuevo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file was replaced by another one while it was open (a sync program or a restored copy?). Use File › Save As to keep this window&apos;s plans as a new file, then open the other one.</source>
        <translation>el archivo se ha sustituido por otro mientras estaba abierto (¿un programa de sincronización o una copia restaurada?). Use Archivo › Guardar como para conservar los planes de esta ventana en un archivo nuevo y, después, abra el otro.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>that is the workspace itself.</source>
        <extracomment>A file on disk (False for a database on a server). Whether the workspace was reached at the last contact (a server&apos;s connection can break; a file&apos;s not).</extracomment>
        <translation>es el propio espacio de trabajo.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the journal “%1” beside it belongs to another database (copied there by a sync program or a copy?). Neither file was changed. Move “%1” away, then open it again.</source>
        <translation>el diario «%1» que está junto a él pertenece a otra base de datos (¿lo copió allí un programa de sincronización o una copia?). No se ha modificado ninguno de los dos archivos. Mueva «%1» a otro lugar y vuelva a abrirlo.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/writer.py" line="+64"/>
        <source>by another window or program</source>
        <translation>por otra ventana u otro programa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(process %1)</source>
        <translation>(proceso %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>its folder is read-only (Action Planner keeps a lock file beside it).</source>
        <extracomment>What the lock file said before this holder took it (a crashed holder&apos;s ``wal`` record).</extracomment>
        <translation>su carpeta es de solo lectura (Action Planner guarda un archivo de bloqueo junto a él).</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/catalogue_files.py" line="+61"/>
        <source>“%1” row %2</source>
        <extracomment>Limits that keep a hostile or mistaken file from exhausting memory or time. ``catalogue.csv`` has its indicator library beside it in ``catalogue-indicators.csv``. Row number the service gives the first data row; its messages are renumbered to the file&apos;s rows. How a row of a named file or sheet is called in messages: %1 the file or sheet, %2 the row number.</extracomment>
        <translation>«%1», fila %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../action_planner/export/review_import.py" line="+154"/>
        <source>%1 row %2</source>
        <extracomment>A row of a sheet: %1 the sheet&apos;s name, %2 the row number.</extracomment>
        <translation>%1, fila %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file</source>
        <extracomment>What a file&apos;s checks call the whole file, and the two kinds of table in it.</extracomment>
        <translation>el archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2. Its columns are %3; the interventions columns are %4.</source>
        <translation>%1 %2. Sus columnas son: %3; las columnas de intervenciones son: %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2. Its columns are %3; the indicators columns are %4.</source>
        <translation>%1 %2. Sus columnas son: %3; las columnas de indicadores son: %4.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot import “%1”: %2</source>
        <translation>No se puede importar «%1»: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>choose a file name ending in .csv or .xlsx.</source>
        <translation>elija un nombre de archivo que termine en .csv o .xlsx.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>an entry holds a character Excel cannot store (%1).</source>
        <translation>una entrada contiene un carácter que Excel no puede almacenar (%1).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>that is a folder.</source>
        <translation>es una carpeta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../../action_planner/export/safe_write.py" line="+41"/>
        <source>the folder “%1” does not exist.</source>
        <extracomment>A temporary file of the same target untouched this long is a leftover of a killed export.</extracomment>
        <translation>la carpeta «%1» no existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>permission denied (is the file open in another program, or the folder read-only?).</source>
        <translation>permiso denegado (¿está el archivo abierto en otro programa o la carpeta es de solo lectura?).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>only .csv and .xlsx files can be imported.</source>
        <translation>solo se pueden importar archivos .csv y .xlsx.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>it is not a regular file (a pipe, a device or a folder).</source>
        <translation>no es un archivo normal (es una canalización, un dispositivo o una carpeta).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../../action_planner/export/review_import.py" line="+122"/>
        <source>there is no such file.</source>
        <translation>no existe ese archivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../../action_planner/export/review_import.py" line="+8"/>
        <source>the file is larger than %1 MB, the limit.</source>
        <translation>el archivo supera el límite de %1 MB.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it is neither UTF-8 nor Windows-1252 text; save it as “CSV UTF-8”.</source>
        <translation>no es texto UTF-8 ni Windows-1252; guárdelo como «CSV UTF-8».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not a CSV text file; save it from Excel as “CSV UTF-8”.</source>
        <translation>no es un archivo de texto CSV; guárdelo desde Excel como «CSV UTF-8».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>line %1 is not valid CSV (%2).</source>
        <translation>la línea %1 no es CSV válido (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is empty; it needs a header row naming the columns.</source>
        <translation>el archivo está vacío; necesita una fila de encabezado con los nombres de las columnas.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the sheet “%1”</source>
        <translation>la hoja «%1»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it has no sheet named “%1” or “%2” with a header row (it has %3).</source>
        <translation>no tiene ninguna hoja llamada «%1» o «%2» con una fila de encabezado (tiene %3).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>it is not an Excel workbook (.xlsx); save it from Excel as .xlsx.</source>
        <translation>no es un libro de Excel (.xlsx); guárdelo desde Excel como .xlsx.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 goes beyond row %2, Excel&apos;s last row.</source>
        <translation>%1 va más allá de la fila %2, la última de Excel.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is also on row %2.</source>
        <translation>%1 también aparece en la fila %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has %2 rows; the limit is %3.</source>
        <translation>%1 tiene %2 filas; el límite es %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing was imported; fix these rows and try again:
%1</source>
        <translation>no se ha importado nada; corrija estas filas y vuelva a intentarlo:
%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has %2 cells; the header has %3.</source>
        <translation>%1 tiene %2 celdas; el encabezado tiene %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has a value in column %2, which has no name in the header.</source>
        <translation>%1 tiene un valor en la columna %2, que no tiene nombre en el encabezado.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>lacks the column(s) %1</source>
        <translation>
            <numerusform>no tiene la columna %1</numerusform>
            <numerusform>no tiene las columnas %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>has the unknown column(s) %1</source>
        <translation>
            <numerusform>tiene la columna desconocida %1</numerusform>
            <numerusform>tiene las columnas desconocidas %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has %1 more than once</source>
        <translation>tiene %1 más de una vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../../action_planner/export/run.py" line="+31"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/data.py" line="+151"/>
        <source>Action %1 “%2” changed while it was being exported; export again.</source>
        <translation>La acción %1 «%2» se modificó mientras se exportaba; vuelva a exportar.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the workspace has no plans to export yet.</source>
        <extracomment>Plans read together in one transaction (their actions, totals and rates always agree).</extracomment>
        <translation>el espacio de trabajo aún no tiene planes que exportar.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/registry.py" line="+34"/>
        <source>“%1” is not an export format (choose one of: %2).</source>
        <extracomment>Every format, in the order the window offers them.</extracomment>
        <translation>«%1» no es un formato de exportación (elija uno de estos: %2).</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/request.py" line="+23"/>
        <source>Cannot export to “%1”: %2</source>
        <translation>No se puede exportar a «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/review_import.py" line="-193"/>
        <source>it holds %1 parts; a document has far fewer.</source>
        <extracomment>Rows over all sheets: a review of the largest workspace has a few thousand. The size checks&apos; refusals that name a workbook, as they read for a Word document.</extracomment>
        <translation>contiene %1 partes; un documento tiene muchas menos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its part “%1” is compressed %2 to 1, which no real document is.</source>
        <translation>su parte «%1» está comprimida a razón de %2 a 1, algo que no ocurre en ningún documento real.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this workspace never sent review round %1.</source>
        <translation>este espacio de trabajo nunca envió la ronda de revisión %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot import the review “%1”: %2</source>
        <translation>No se puede importar la revisión «%1»: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: %2; nothing from this row is used.</source>
        <extracomment>A refused row as the review lists it: %1 the row (:data:`_SHEET_ROW`), %2 why.</extracomment>
        <translation>%1: %2; no se usa nada de esta fila.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1 cell holds a formula; type the value itself</source>
        <translation>la celda %1 contiene una fórmula; escriba el valor directamente</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>it is a zip file but not a Word document (.docx).</source>
        <translation>es un archivo zip, pero no un documento de Word (.docx).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it is not a Word document (.docx).</source>
        <translation>no es un documento de Word (.docx).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>it is not a regular file.</source>
        <translation>no es un archivo normal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it cannot be read (%1).</source>
        <translation>no se puede leer (%1).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>its sheets hold more than %1 rows; a review workbook has far fewer.</source>
        <translation>sus hojas contienen más de %1 filas; un libro de revisión tiene muchas menos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it is not an Excel workbook (.xlsx) or a Word document (.docx) that Action Planner wrote.</source>
        <translation>no es un libro de Excel (.xlsx) ni un documento de Word (.docx) escrito por Action Planner.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>its manifest is missing, so it cannot be tied to a review this workspace sent.</source>
        <translation>le falta el manifiesto, así que no se puede vincular a una revisión enviada por este espacio de trabajo.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the sheet “%1” is missing; import the workbook as it was sent.</source>
        <translation>falta la hoja «%1»; importe el libro tal como se envió.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>its manifest is not one this version of Action Planner wrote.</source>
        <translation>su manifiesto no lo ha escrito esta versión de Action Planner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it was sent from another workspace; open that workspace to import it.</source>
        <translation>se envió desde otro espacio de trabajo; abra ese espacio de trabajo para importarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its manifest was changed (the round number is not a number).</source>
        <translation>su manifiesto se ha modificado (el número de ronda no es un número).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its manifest was changed since it was sent.</source>
        <translation>su manifiesto se ha modificado desde que se envió.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>review round %1 is closed; its workbooks are no longer imported.</source>
        <translation>la ronda de revisión %1 está cerrada; sus libros ya no se importan.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>is TRUE/FALSE, not a number</source>
        <translation>es VERDADERO/FALSO, no un número</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a finite number</source>
        <translation>no es un número finito</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is text (“%1”), not a number</source>
        <translation>es texto («%1»), no un número</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the %1 %2</source>
        <translation>el campo %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1: %2</source>
        <translation>el campo %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a whole year</source>
        <translation>no es un año entero</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is a time, not a date</source>
        <translation>es una hora, no una fecha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is text (“%1”), not a date</source>
        <translation>es texto («%1»), no una fecha</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not one of: %1</source>
        <translation>no es ninguna de estas: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the header row of the sheet “%1” was changed; import it as it was sent.</source>
        <translation>la fila de encabezado de la hoja «%1» se ha modificado; impórtela tal como se envió.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>it holds more than %1 rows.</source>
        <translation>contiene más de %1 filas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it has no record id; propose new rows on the %1 sheet</source>
        <translation>no tiene identificador de registro; proponga las filas nuevas en la hoja %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its record id “%1” was changed or comes from another file</source>
        <translation>su identificador de registro «%1» se ha modificado o procede de otro archivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its record id is repeated on row %1; keep one of them</source>
        <translation>su identificador de registro se repite en la fila %1; conserve solo uno</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>choose one of this review&apos;s plans in the %1 column</source>
        <translation>elija uno de los planes de esta revisión en la columna %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a new action needs a title</source>
        <translation>una acción nueva necesita un título</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>give the %1 of one of this review&apos;s actions (such as %2) for a new budget line</source>
        <translation>para una línea presupuestaria nueva, indique en %1 una de las acciones de esta revisión (por ejemplo, %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a new budget line needs its %1</source>
        <translation>una línea presupuestaria nueva necesita el campo %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>choose “%1” or “%2” in the %3 column</source>
        <translation>elija «%1» o «%2» en la columna %3</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/review_word.py" line="+33"/>
        <source>the Word document cannot be read (%1).</source>
        <translation>no se puede leer el documento de Word (%1).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>it carries no Action Planner marks (it is not a Word export of this app, or they were removed); export the plan to Word again and send that file.</source>
        <extracomment>Word allows 40 characters in a bookmark name; ours are ap_action_ and up to 12 digits. How much of the commented text the dialog shows beside the comment&apos;s place.</extracomment>
        <translation>no lleva las marcas de Action Planner (no es una exportación a Word de esta aplicación o se han eliminado); vuelva a exportar el plan a Word y envíe ese archivo.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>it is outside every action</source>
        <translation>está fuera de todas las acciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its action is no longer in the plan (deleted since, or its mark in the file was changed)</source>
        <translation>su acción ya no está en el plan (se eliminó entretanto o se modificó su marca en el archivo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 by %2: “%3”: %4.</source>
        <translation>%1 de %2: «%3»: %4.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>its Action Planner marks are not ones this version wrote.</source>
        <translation>sus marcas de Action Planner no las ha escrito esta versión.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it does not name its workspace (it was exported while the workspace was open read-only); export the plan to Word again and send that file.</source>
        <translation>no indica su espacio de trabajo (se exportó mientras el espacio de trabajo estaba abierto en modo de solo lectura); vuelva a exportar el plan a Word y envíe ese archivo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it was exported from another workspace; open that workspace to import it.</source>
        <translation>se exportó desde otro espacio de trabajo; abra ese espacio de trabajo para importarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its list of plans was changed since it was exported.</source>
        <translation>su lista de planes se ha modificado desde que se exportó.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Word comment %1</source>
        <translation>Comentario de Word %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word comment %1 on “%2”</source>
        <translation>Comentario de Word %1 sobre «%2»</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/run.py" line="+3"/>
        <source>The workspace has no region “%1” (its regions are: %2).</source>
        <translation>El espacio de trabajo no tiene la región «%1» (sus regiones son: %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no plans to export.</source>
        <translation>%1 no tiene planes que exportar.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/safe_write.py" line="-22"/>
        <source>that is a folder; choose a file name.</source>
        <translation>es una carpeta; elija un nombre de archivo.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the folder “%1” is read-only.</source>
        <translation>la carpeta «%1» es de solo lectura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is read-only; choose another name or make it writable.</source>
        <translation>el archivo es de solo lectura; elija otro nombre o permita la escritura.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a temporary file could not be created beside it (%1).</source>
        <translation>no se ha podido crear un archivo temporal junto a él (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a temporary file could not be created beside it.</source>
        <translation>no se ha podido crear un archivo temporal junto a él.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the file is locked or read-only; close it in other programs and try again.</source>
        <translation>el archivo está bloqueado o es de solo lectura; ciérrelo en los demás programas y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it could not be replaced (%1).</source>
        <translation>no se ha podido sustituir (%1).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the file could not be written (%1).</source>
        <translation>no se ha podido escribir el archivo (%1).</translation>
    </message>
    <message>
        <location filename="../../../action_planner/export/workbook_limits.py" line="+20"/>
        <source>reading workbooks safely needs the defusedxml package; reinstall the app.</source>
        <translation>para leer libros de Excel de forma segura se necesita el paquete defusedxml; vuelva a instalar la aplicación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the workbook cannot be read (%1).</source>
        <translation>no se puede leer el libro (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it holds %1 parts; a workbook has far fewer.</source>
        <translation>contiene %1 partes; un libro de Excel tiene muchas menos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its part “%1” is compressed %2 to 1, which no real workbook is.</source>
        <translation>su parte «%1» está comprimida a razón de %2 a 1, algo que no ocurre en ningún libro real.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>it is a zip file but not an Excel workbook (.xlsx).</source>
        <extracomment>A catalogue of 100,000 rows has a few unique texts a row, in at most a few dozen columns.</extracomment>
        <translation>es un archivo zip, pero no un libro de Excel (.xlsx).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it would unpack to %1 MB; the limit is %2 MB.</source>
        <translation>descomprimido ocuparía %1 MB; el límite es %2 MB.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>it holds more than %1 different texts, far more than any catalogue needs.</source>
        <translation>contiene más de %1 textos distintos, muchos más de los que necesita cualquier catálogo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its sheets hold more than %1 cells, far more than any catalogue needs.</source>
        <translation>sus hojas contienen más de %1 celdas, muchas más de las que necesita cualquier catálogo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a sheet has cells in column %1; a catalogue sheet uses columns A to %2. Delete the cells beyond them and save again.</source>
        <translation>una hoja tiene celdas en la columna %1; una hoja del catálogo usa las columnas de la A a la %2. Elimine las celdas que queden más allá y vuelva a guardar.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/damage.py" line="+24"/>
        <source>plan %1</source>
        <translation>plan %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action %1</source>
        <translation>acción %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>budget line %1</source>
        <translation>línea presupuestaria %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI %1</source>
        <translation>KPI %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measured value %1</source>
        <translation>valor medido %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchange rate %1</source>
        <translation>tipo de cambio %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catalogue intervention %1</source>
        <translation>intervención del catálogo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicator %1</source>
        <translation>indicador %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workshop decision %1</source>
        <translation>decisión del taller %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workshop %1</source>
        <translation>taller %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (action “%2” of plan “%3”), field “%4” in table %5, holds “%6”; %7</source>
        <extracomment>One damaged value: %1 the record, then where it belongs, the field, the table, what it holds and its problem.</extracomment>
        <translation>%1 (acción «%2» del plan «%3»), campo «%4» de la tabla %5, contiene «%6»; %7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (plan “%2”), field “%3” in table %4, holds “%5”; %6</source>
        <translation>%1 (plan «%2»), campo «%3» de la tabla %4, contiene «%5»; %6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, field “%2” in table %3, holds “%4”; %5</source>
        <translation>%1, campo «%2» de la tabla %3, contiene «%4»; %5</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>a stored value %1: %2</source>
        <extracomment>How a damaged record is placed for the reader: the action (and plan) it belongs to. A workspace with more damage than this is reported by its first few records and a count.</extracomment>
        <translation>un valor almacenado %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>and %n more damaged value(s)</source>
        <translation>
            <numerusform>y %n valor dañado más</numerusform>
            <numerusform>y %n valores dañados más</numerusform>
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
        <translation>Esa línea presupuestaria ya no existe (puede que se haya eliminado).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That catalogue intervention no longer exists (it may have been deleted).</source>
        <translation>Esa intervención del catálogo ya no existe (puede que se haya eliminado).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That decision no longer exists (it may have been deleted).</source>
        <translation>Esa decisión ya no existe (puede que se haya eliminado).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That exchange rate no longer exists (it may have been deleted).</source>
        <translation>Ese tipo de cambio ya no existe (puede que se haya eliminado).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That indicator no longer exists (it may have been deleted).</source>
        <translation>Ese indicador ya no existe (puede que se haya eliminado).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That intervention no longer exists (it may have been deleted).</source>
        <translation>Esa intervención ya no existe (puede que se haya eliminado).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That KPI no longer exists (it may have been deleted).</source>
        <translation>Ese KPI ya no existe (puede que se haya eliminado).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That organisation no longer exists (it may have been deleted).</source>
        <translation>Esa organización ya no existe (puede que se haya eliminado).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That plan no longer exists (it may have been deleted).</source>
        <translation>Ese plan ya no existe (puede que se haya eliminado).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That region no longer exists (it may have been deleted).</source>
        <translation>Esa región ya no existe (puede que se haya eliminado).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That review round no longer exists (it may have been deleted).</source>
        <translation>Esa ronda de revisión ya no existe (puede que se haya eliminado).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That workshop no longer exists (it may have been deleted).</source>
        <translation>Ese taller ya no existe (puede que se haya eliminado).</translation>
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
        <translation>Fila %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators row %1</source>
        <translation>Fila %1 de indicadores</translation>
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
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was imported; fix these rows and try again:
%1</source>
        <translation>No se ha importado nada; corrija estas filas y vuelva a intentarlo:
%1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 is used by KPIs of actions; it cannot be deleted.</source>
        <translation>Los KPI de algunas acciones usan %1; no se puede eliminar.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>not in the library: %1</source>
        <translation>no están en la biblioteca: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The same code appears more than once among the interventions: %1</source>
        <translation>El mismo código aparece más de una vez entre las intervenciones: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same code appears more than once among the indicators: %1</source>
        <translation>El mismo código aparece más de una vez entre los indicadores: %1</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/organisations.py" line="+49"/>
        <location line="+27"/>
        <source>“%1” is already in the list of organisations.</source>
        <translation>«%1» ya figura en la lista de organizaciones.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>“%1” owns or takes part in actions; remove it there first.</source>
        <translation>«%1» es responsable de acciones o participa en ellas; quítela primero de allí.</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/services/plans.py" line="+48"/>
        <source>“%1” is not a language code (for example %2).</source>
        <translation>«%1» no es un código de idioma (por ejemplo, %2).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>“%1” is not a NUTS or ISO 3166-2 region code.</source>
        <extracomment>Each editable plan field with the check that cleans it.</extracomment>
        <translation>«%1» no es un código de región NUTS ni ISO 3166-2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2) is already in this workspace.</source>
        <translation>%1 (%2) ya está en este espacio de trabajo.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the region %1</source>
        <translation>la región %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>the plan “%1”</source>
        <translation>el plan «%1»</translation>
    </message>
    <message>
        <location filename="../../../action_planner/model/stored.py" line="+26"/>
        <source>this should be %1</source>
        <extracomment>How a damaged value&apos;s problem is said: %1 what the column holds.</extracomment>
        <translation>debería ser %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>a value of this column</source>
        <translation>un valor de esta columna</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a date written YYYY-MM-DD</source>
        <translation>una fecha con el formato AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a date and time</source>
        <translation>una fecha y una hora</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>one of: %1</source>
        <translation>uno de estos valores: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a whole number from 1 to 5</source>
        <translation>un número entero del 1 al 5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a whole number that is not negative</source>
        <translation>un número entero no negativo</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/navigator.py" line="+118"/>
        <source>Regions and plans</source>
        <translation>Regiones y planes</translation>
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
            <numerusform>%n acción</numerusform>
            <numerusform>%n acciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/navigator.py" line="+35"/>
        <source>Regions and plans</source>
        <translation>Regiones y planes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No regions yet. Start with Plan ▸ Add Region… (Ctrl+Shift+R): pick the region your action plan is for, then add its plan (Ctrl+Shift+P).</source>
        <translation>Aún no hay regiones. Empiece por Plan ▸ Añadir región… (Ctrl+Shift+R): elija la región a la que se destina su plan de acción y añada después su plan (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add &amp;Region…</source>
        <translation>Añadir &amp;región…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Plan…</source>
        <translation>Añadir &amp;plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Region or Plan…</source>
        <translation>&amp;Eliminar región o plan…</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Action plan for %1</source>
        <translation>Plan de acción de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add plan</source>
        <translation>Añadir plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>Plan &amp;title:</source>
        <translation>&amp;Título del plan:</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Rename plan</source>
        <comment>the change as Edit ▸ Undo names it, not the dialog&apos;s title</comment>
        <translation>Cambiar el nombre del plan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename plan</source>
        <translation>Cambiar el nombre del plan</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Rename region</source>
        <translation>Cambiar el nombre de la región</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region &amp;name:</source>
        <translation>&amp;Nombre de la región:</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Delete the region “%1” and its %n plan(s)? Edit ▸ Undo brings it back.</source>
        <translation>
            <numerusform>¿Eliminar la región «%1» junto con %n plan? Edición ▸ Deshacer la recupera.</numerusform>
            <numerusform>¿Eliminar la región «%1» junto con sus %n planes? Edición ▸ Deshacer la recupera.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete region</source>
        <translation>Eliminar región</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the plan “%1” and all its actions? Edit ▸ Undo brings it back.</source>
        <translation>¿Eliminar el plan «%1» y todas sus acciones? Edición ▸ Deshacer lo recupera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete plan</source>
        <translation>Eliminar plan</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../../action_planner/ui/labels.py" line="+114"/>
        <source>Use a comma for decimals, for example %1.</source>
        <translation>Use la coma para los decimales, por ejemplo %1.</translation>
    </message>
</context>
<context>
    <name>OverviewSlide</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/slide_overview.py" line="+25"/>
        <source>Total budget</source>
        <translation>Presupuesto total</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Actions by theme</source>
        <translation>Acciones por tema</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ACTION PLAN · %1</source>
        <translation>PLAN DE ACCIÓN · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region: %1 (%2)</source>
        <translation>Región: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy instrument: %1</source>
        <translation>Instrumento político: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 in the reporting currency</source>
        <translation>%1 en la moneda de informe</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/plan_editor.py" line="+33"/>
        <source>Part I – General information</source>
        <translation>Parte I – Información general</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan &amp;title:</source>
        <translation>Título &amp;del plan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;yecto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner &amp;organisation:</source>
        <translation>&amp;Organización socia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Othe&amp;r partner organisations involved:</source>
        <translation>Otras organi&amp;zaciones socias implicadas:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country and region:</source>
        <translation>País y región:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact &amp;name:</source>
        <translation>&amp;Nombre de contacto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-&amp;mail:</source>
        <translation>Correo e&amp;lectrónico de contacto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact phone:</source>
        <translation>Telé&amp;fono de contacto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part II – Policy context</source>
        <translation>Parte II – Contexto político</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan aims to &amp;impact:</source>
        <translation>El plan pretende &amp;incidir en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polic&amp;y instrument addressed:</source>
        <translation>Instrumento político a&amp;bordado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local conte&amp;xt and challenges:</source>
        <translation>Conte&amp;xto local y retos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language, currency and endorsement</source>
        <translation>Idioma, moneda y aprobación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language (code):</source>
        <translation>Idioma (códi&amp;go):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>en, it, es, sv, pl</source>
        <translation>en, it, es, sv, pl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En&amp;glish summary:</source>
        <translation>&amp;Resumen en inglés:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency (ISO code):</source>
        <translation>&amp;Moneda (código ISO):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endorsement &amp;date:</source>
        <translation>Fec&amp;ha de aprobación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory:</source>
        <translation>Firmante:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Rename plan</source>
        <translation>Cambiar el nombre del plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change plan details</source>
        <translation>Cambiar los datos del plan</translation>
    </message>
</context>
<context>
    <name>PlayersEditor</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/players_editor.py" line="+47"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner orga&amp;nisation:</source>
        <translation>&amp;Organización responsable:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact pe&amp;rson:</source>
        <translation>Pe&amp;rsona de contacto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-&amp;mail:</source>
        <translation>Correo e&amp;lectrónico:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Players involved (organisations in the region and their roles)</source>
        <translation>Agentes implicados (organizaciones de la región y su función)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Players involved</source>
        <translation>Agentes implicados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New player organisation</source>
        <translation>Organización del nuevo agente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role, e.g. co-finances</source>
        <translation>Función, p. ej., cofinancia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New player role</source>
        <translation>Función del nuevo agente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add p&amp;layer</source>
        <translation>&amp;Incluir agente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove pla&amp;yer</source>
        <translation>&amp;Quitar agente</translation>
    </message>
</context>
<context>
    <name>PlayersModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/players.py" line="+25"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../../action_planner/ui/preferences.py" line="+32"/>
        <source>Preferences</source>
        <extracomment>The order of the language list after &quot;System default&quot;: English, then the partners&apos; languages.</extracomment>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action Planner will start in this language next time.</source>
        <translation>Action Planner se abrirá en este idioma la próxima vez.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The preference could not be saved: the settings file %1 cannot be written.</source>
        <translation>No se ha podido guardar la preferencia: no se puede escribir en el archivo de configuración %1.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/presentation.py" line="+209"/>
        <source>Go to action %1…</source>
        <translation>Ir a la acción %1…</translation>
    </message>
</context>
<context>
    <name>RateCommands</name>
    <message>
        <location filename="../../../action_planner/ui/commands/rates.py" line="+44"/>
        <source>Change exchange rate</source>
        <translation>Cambiar el tipo de cambio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add exchange rate</source>
        <translation>Añadir tipo de cambio</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete exchange rate</source>
        <translation>Eliminar tipo de cambio</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../../action_planner/ui/rates_dialog.py" line="+66"/>
        <source>Exchange Rates</source>
        <extracomment>The source written on a new rate: InforEuro, the Commission&apos;s monthly rates, is what programmes ask for.</extracomment>
        <translation>Tipos de cambio</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Workspace rates (all plans)</source>
        <translation>Tipos del &amp;espacio de trabajo (todos los planes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This &amp;plan&apos;s own rates</source>
        <translation>Tipos propios de este &amp;plan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exchange rates</source>
        <translation>Tipos de cambio</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete Rate</source>
        <translation>Eliminar tipo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit Rate</source>
        <translation>&amp;Modificar tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected rate into the form below to change it</source>
        <translation>Copiar el tipo seleccionado en el formulario de abajo para modificarlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Rate</source>
        <translation>E&amp;liminar tipo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add or replace a rate</source>
        <translation>Añadir o reemplazar un tipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base currency</source>
        <translation>Moneda base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote currency</source>
        <translation>Moneda cotizada</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Base currency:</source>
        <translation>Moneda &amp;base:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quote currency:</source>
        <translation>Moneda &amp;cotizada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rate:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Valid from:</source>
        <translation>Vigente &amp;desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+202"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>These rates replace the workspace&apos;s for “%1” only. It has none yet: it uses the workspace&apos;s.</source>
        <translation>Estos tipos sustituyen a los del espacio de trabajo solo para «%1». Aún no tiene ninguno: usa los del espacio de trabajo.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Type the date from which this rate applies.</source>
        <translation>Indique la fecha a partir de la cual se aplica este tipo de cambio.</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Select a plan in the window to give it its own rates</source>
        <translation>Seleccione un plan en la ventana para darle sus propios tipos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every plan uses these rates, unless it has its own rate for the pair. 1 base = rate quote, from the date given; the latest date of each pair is in force. No rates yet.</source>
        <translation>Todos los planes usan estos tipos, salvo que tengan un tipo propio para el par. 1 unidad de la moneda base = «tipo» unidades de la cotizada, desde la fecha indicada; rige la fecha más reciente de cada par. Aún no hay tipos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every plan uses these rates, unless it has its own rate for the pair. 1 base = rate quote, from the date given; the latest date of each pair is in force.</source>
        <translation>Todos los planes usan estos tipos, salvo que tengan un tipo propio para el par. 1 unidad de la moneda base = «tipo» unidades de la cotizada, desde la fecha indicada; rige la fecha más reciente de cada par.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These rates replace the workspace&apos;s for “%1” only.</source>
        <translation>Estos tipos sustituyen a los del espacio de trabajo solo para «%1».</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>1 %1 =</source>
        <translation>1 %1 =</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rep&amp;lace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces the rate stored for this date: 1 %1 = %2 %3.</source>
        <translation>Reemplaza el tipo guardado para esta fecha: 1 %1 = %2 %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>last stored: %1</source>
        <translation>último guardado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 for one %2</source>
        <translation>%1 por cada %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as your source quotes it</source>
        <translation>según su fuente</translation>
    </message>
</context>
<context>
    <name>RatesModel</name>
    <message>
        <location filename="../../../action_planner/ui/models/rates.py" line="+49"/>
        <source>Rate</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid from</source>
        <translation>Vigente desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>In force</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earlier</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 %1 = %2 %3</source>
        <translation>1 %1 = %2 %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The latest rate for %1 → %2: totals use it.</source>
        <translation>El tipo más reciente para %1 → %2: los totales lo usan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept as history: a later rate for the pair is in force.</source>
        <translation>Se conserva como histórico: rige un tipo posterior para el par.</translation>
    </message>
</context>
<context>
    <name>RegionCommands</name>
    <message>
        <location filename="../../../action_planner/ui/commands/regions.py" line="+18"/>
        <source>Add region</source>
        <translation>Añadir región</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rename region</source>
        <translation>Cambiar el nombre de la región</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete region</source>
        <translation>Eliminar región</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add plan</source>
        <translation>Añadir plan</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete plan</source>
        <translation>Eliminar plan</translation>
    </message>
</context>
<context>
    <name>RegionPickerDialog</name>
    <message>
        <location filename="../../../action_planner/ui/region_picker.py" line="+60"/>
        <location line="+16"/>
        <source>Add region</source>
        <translation>Añadir región</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>&amp;Search regions by name, code or country:</source>
        <translation>&amp;Buscar regiones por nombre, código o país:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search regions</source>
        <translation>Buscar regiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. West Yorkshire, ITH5, Śląskie</source>
        <translation>p. ej., West Yorkshire, ITH5, Śląskie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matching regions</source>
        <translation>Regiones encontradas</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose a region from the list.</source>
        <translation>Elija una región de la lista.</translation>
    </message>
</context>
<context>
    <name>RegionResultsModel</name>
    <message>
        <location line="-71"/>
        <source>level %1</source>
        <translation>nivel %1</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message numerus="yes">
        <location filename="../../../action_planner/ui/commands/review.py" line="+18"/>
        <source>Accept %n review change(s)</source>
        <extracomment>The undo text, marked with a count written in the call: the only way lupdate extracts a plural outside a QObject&apos;s tr(). The real count is given where it is translated.</extracomment>
        <translation>
            <numerusform>Aceptar %n cambio de la revisión</numerusform>
            <numerusform>Aceptar %n cambios de la revisión</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../../action_planner/ui/review/dialog.py" line="+40"/>
        <source>Import Review</source>
        <translation>Importar revisión</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Proposed changes</source>
        <translation>Cambios propuestos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows refused (nothing from them is used):</source>
        <translation>Filas rechazadas (no se usa nada de ellas):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments not attached</source>
        <translation>Comentarios sin asignar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word comments not attached to any action (not imported; read them in the file):</source>
        <translation>Comentarios de Word no asignados a ninguna acción (no se importan; léalos en el archivo):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept All from &amp;Partner</source>
        <translation>Aceptar todo del &amp;socio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accept Selected</source>
        <translation>&amp;Aceptar seleccionados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reject Selected</source>
        <translation>&amp;Rechazar seleccionados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;File…</source>
        <translation>Añadir &amp;otro archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another returned workbook, or a Word export with comments</source>
        <translation>Añadir otro libro devuelto o una exportación de Word con comentarios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply &amp;Decisions</source>
        <translation>Aplicar &amp;decisiones</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1, %2 from %3.</source>
        <comment>%1: the proposed changes; %2: the comments; %3: who sent which file</comment>
        <translation>%1, %2 de %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n proposed change(s)</source>
        <translation>
            <numerusform>%n cambio propuesto</numerusform>
            <numerusform>%n cambios propuestos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comentario</numerusform>
            <numerusform>%n comentarios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewFeature</name>
    <message>
        <location filename="../../../action_planner/ui/review/feature.py" line="+37"/>
        <source>&amp;Send for Review…</source>
        <translation>&amp;Enviar para revisión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the current plan as a workbook for a partner to review</source>
        <translation>Escribir el plan actual en un libro de Excel para que lo revise un socio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import Re&amp;view…</source>
        <translation>Importar re&amp;visión…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare a returned review workbook with the plan, or bring back comments made in Word</source>
        <translation>Comparar con el plan un libro de revisión devuelto, o recuperar comentarios hechos en Word</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+18"/>
        <source>Send for Review</source>
        <translation>Enviar para revisión</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Choose the plan to send in the navigator first.</source>
        <translation>Elija primero en el navegador el plan que desea enviar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Reviewer (the partner this workbook goes to):</source>
        <translation>&amp;Revisor (el socio al que se envía este libro):</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+31"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Review round %1 was written to “%2”. Send it to the partner; import it when it comes back.</source>
        <translation>La ronda de revisión %1 se ha escrito en «%2». Envíe el libro al socio e impórtelo cuando se lo devuelva.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the review workbook “%1”…</source>
        <translation>Escribiendo el libro de revisión «%1»…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>Import Review</source>
        <translation>Importar revisión</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Review workbooks and Word files (*.xlsx *.docx)</source>
        <translation>Libros de revisión y archivos de Word (*.xlsx *.docx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the review “%1”…</source>
        <translation>Leyendo la revisión «%1»…</translation>
    </message>
</context>
<context>
    <name>ReviewItemsModel</name>
    <message>
        <location filename="../../../action_planner/ui/review/model.py" line="+80"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Comment on the action</source>
        <translation>Comentario sobre la acción</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New action</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New budget line</source>
        <translation>Nueva línea presupuestaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location line="-146"/>
        <source>Comment</source>
        <extracomment>The item (a Difference or a Comment) behind a row.</extracomment>
        <translation>Comentario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed by the partner — reviewers disagree</source>
        <translation>Modificado por el socio — los revisores discrepan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed on both sides — reviewers disagree</source>
        <translation>Modificado por ambas partes — los revisores discrepan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed new row — reviewers disagree</source>
        <translation>Nueva fila propuesta — los revisores discrepan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed by the partner — reviewers disagree</source>
        <translation>Eliminado por el socio — los revisores discrepan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed by the partner</source>
        <translation>Modificado por el socio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed on both sides</source>
        <translation>Modificado por ambas partes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed new row</source>
        <translation>Nueva fila propuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed by the partner</source>
        <translation>Eliminado por el socio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <extracomment>The English names of the fields a proposal can change (marked here, translated by :func:`field_label`).</extracomment>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background</source>
        <translation>Antecedentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players</source>
        <translation>Agentes implicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Fecha de finalización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding source</source>
        <translation>Fuente de financiación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Valor de referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>Fecha objetivo</translation>
    </message>
</context>
<context>
    <name>ScreenPickerDialog</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/screen_picker.py" line="+42"/>
        <source>Present on which screen?</source>
        <extracomment>Called with the chosen screen, or None for a normal window.</extracomment>
        <translation>¿En qué pantalla presentar?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Screen for the audience (the presentation fills it):</source>
        <translation>&amp;Pantalla para el público (la presentación la ocupa entera):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Screen %1: %2, %3 × %4 (this laptop&apos;s main screen)</source>
        <translation>Pantalla %1: %2, %3 × %4 (la pantalla principal de este portátil)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screen %1: %2, %3 × %4</source>
        <translation>Pantalla %1: %2, %3 × %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show in a &amp;window I can move instead</source>
        <translation>Mostrar en una &amp;ventana que pueda mover</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Present</source>
        <translation>Pre&amp;sentar</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../../action_planner/ui/shortcuts_page.py" line="+66"/>
        <source>Panels</source>
        <extracomment>Qt&apos;s codes from here on are a few keyboards&apos; dedicated media and application keys (Save, Undo, Copy …), which the platform adds to the standard shortcuts; Qt names them in words (&quot;Shift+Zachowaj&quot;, &quot;Cofnij&quot; in Polish) that read like a command&apos;s description, not like a key a planner can find on a laptop.</extracomment>
        <translation>Paneles</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alt with an underlined letter opens a menu or goes to a field. F10 reaches the menu bar.</source>
        <translation>Alt con una letra subrayada abre un menú o lleva a un campo. F10 lleva a la barra de menús.</translation>
    </message>
</context>
<context>
    <name>SourceBars</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/charts.py" line="+103"/>
        <source>Budget by funding source</source>
        <translation>Presupuesto por fuente de financiación</translation>
    </message>
</context>
<context>
    <name>ThemeChart</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/totals_chart.py" line="+34"/>
        <source>Budget by theme chart</source>
        <extracomment>One colour per theme, in catalogue order; distinct for the common colour-vision deficiencies.</extracomment>
        <translation>Gráfico del presupuesto por tema</translation>
    </message>
</context>
<context>
    <name>ThemeDoughnut</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/charts.py" line="-45"/>
        <source>Budget by theme</source>
        <extracomment>A part of a chart: its label, exact amount and colour (floats are made only for the painter).</extracomment>
        <translation>Presupuesto por tema</translation>
    </message>
</context>
<context>
    <name>TimelineSlide</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/slide_timeline.py" line="+22"/>
        <source>Timeline</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TIMELINE</source>
        <translation>CRONOGRAMA</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline %1–%2</source>
        <translation>Cronograma %1–%2</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../../../action_planner/ui/widgets/totals_panel.py" line="+52"/>
        <source>Reporting currency</source>
        <translation>Moneda de informe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plan total</source>
        <translation>Total del plan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Funding</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reporting currency:</source>
        <translation>Moneda de informe:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Select a plan to see its totals.</source>
        <translation>Seleccione un plan para ver sus totales.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan total: %1</source>
        <translation>Total del plan: %1</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <location filename="../../../action_planner/ui/undo.py" line="+110"/>
        <source>&amp;Redo %1</source>
        <extracomment>The file under the window was deleted, moved or replaced: writing stopped (the reason).</extracomment>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
</context>
<context>
    <name>WallMatrix</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/slide_board.py" line="-116"/>
        <source>Effort →</source>
        <extracomment>How many actions the ranking beside the matrix lists (the rest are counted under it).</extracomment>
        <translation>Esfuerzo →</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Impact →</source>
        <translation>Impacto →</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quick wins</source>
        <translation>Logros rápidos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Major projects</source>
        <translation>Grandes proyectos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fill-ins</source>
        <translation>Tareas menores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thankless tasks</source>
        <translation>Tareas ingratas</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../../action_planner/ui/welcome.py" line="+28"/>
        <source>Welcome — Action Planner</source>
        <translation>Bienvenida — Action Planner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action Planner</source>
        <translation>Action Planner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draft Interreg Europe action plans for SME internationalisation: regions, plans, actions from the catalogue, budgets, owners and KPIs. Everything is saved as you go.</source>
        <translation>Redacte planes de acción de Interreg Europe para la internacionalización de las pymes: regiones, planes, acciones del catálogo, presupuestos, responsables y KPI. Todo se guarda a medida que trabaja.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;Demo</source>
        <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fresh workspace with the six Compete-In regions, one plan each</source>
        <translation>Un espacio de trabajo nuevo con las seis regiones de Compete-In, un plan en cada una</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Recent workspaces:</source>
        <translation>Espacios de trabajo &amp;recientes:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent workspaces</source>
        <translation>Espacios de trabajo recientes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No recent workspaces yet.</source>
        <translation>Aún no hay espacios de trabajo recientes.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../../action_planner/ui/menus.py" line="+93"/>
        <location filename="../../../action_planner/ui/workshop/feature.py" line="+97"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Atajos de teclado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Action Planner…</source>
        <translation>Acerca &amp;de Action Planner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the &amp;Menu Bar</source>
        <translation>Ir a la barra de &amp;menús</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Demo Workspace</source>
        <translation>Abrir espacio de &amp;demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to Tea&amp;m Workspace…</source>
        <translation>Conectar a espacio de trabajo de e&amp;quipo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;As…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save O&amp;ffline Copy…</source>
        <translation>&amp;Guardar copia sin conexión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upload to Team Workspace…</source>
        <translation>S&amp;ubir al espacio de trabajo de equipo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current Plan as &amp;Word…</source>
        <translation>Plan actual en &amp;Word…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current Plan as &amp;Excel…</source>
        <translation>Plan actual en &amp;Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current Plan as &amp;PDF…</source>
        <translation>Plan actual en &amp;PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole Workspace as W&amp;ord…</source>
        <translation>Todo el espacio de trabajo en W&amp;ord…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole Workspace as E&amp;xcel…</source>
        <translation>Todo el espacio de trabajo en E&amp;xcel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole Workspace as P&amp;DF…</source>
        <translation>Todo el espacio de trabajo en P&amp;DF…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Whole Workspace as Word with &amp;Contents…</source>
        <translation>Todo el espacio de trabajo en Word con índi&amp;ce…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Word document that begins with a table of contents</source>
        <translation>Un documento de Word que empieza con un índice</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../../action_planner/ui/review/feature.py" line="-80"/>
        <source>&amp;Import Catalogue…</source>
        <translation>&amp;Importar catálogo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Ca&amp;talogue…</source>
        <translation>Exportar ca&amp;tálogo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Cerrar espacio de trabajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No recent workspaces</source>
        <translation>No hay espacios de trabajo recientes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xchange Rates…</source>
        <translation>&amp;Tipos de cambio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Indicator Library…</source>
        <translation>Biblioteca de &amp;indicadores…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Funding Sources…</source>
        <translation>&amp;Fuentes de financiación…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Action</source>
        <translation>A&amp;cción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Selected &amp;Intervention to Plan</source>
        <translation>Añadir la &amp;intervención seleccionada al plan</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../../action_planner/ui/workshop/feature.py" line="-11"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actions</source>
        <translation>&amp;Acciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan &amp;Details</source>
        <translation>&amp;Detalles del plan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Go to &amp;Navigator</source>
        <translation>Ir al &amp;navegador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Catalogue</source>
        <translation>Ir al &amp;catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Restablecer diseño</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/board_cards.py" line="+92"/>
        <source>One more vote for this action (+)</source>
        <translation>Un voto más a favor de esta acción (+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more vote against this action (−)</source>
        <translation>Un voto más en contra de esta acción (−)</translation>
    </message>
    <message>
        <location filename="../../../action_planner/ui/workshop/gantt.py" line="+71"/>
        <source>Timeline of the actions</source>
        <translation>Cronograma de las acciones</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No action has a start and end date yet.</source>
        <translation>Ninguna acción tiene todavía fecha de inicio y de fin.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no dates yet</source>
        <translation>aún sin fechas</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../../action_planner/ui/workshop/board_scene.py" line="+50"/>
        <source>Quick wins</source>
        <extracomment>Quadrant tints: quick wins, major projects, fill-ins, thankless tasks.</extracomment>
        <translation>Logros rápidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Major projects</source>
        <translation>Grandes proyectos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill-ins</source>
        <translation>Tareas menores</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thankless tasks</source>
        <translation>Tareas ingratas</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Effort →</source>
        <translation>Esfuerzo →</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impact →</source>
        <translation>Impacto →</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unscored</source>
        <translation>Sin puntuar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag a card onto the matrix to score it; drag it back here to clear its scores.</source>
        <translation>Arrastre una tarjeta a la matriz para puntuarla; devuélvala aquí para borrar su puntuación.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../action_planner/ui/workshop/wording.py" line="+31"/>
        <source>%n action</source>
        <translation>
            <numerusform>%n acción</numerusform>
            <numerusform>%n acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n actions</source>
        <translation>
            <numerusform>%n acción</numerusform>
            <numerusform>%n acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n más</numerusform>
            <numerusform>+ %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>+ %n more change</source>
        <translation>
            <numerusform>+ %n cambio más</numerusform>
            <numerusform>+ %n cambios más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>+ %n more changes</source>
        <translation>
            <numerusform>+ %n cambio más</numerusform>
            <numerusform>+ %n cambios más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n earlier decision not shown</source>
        <translation>
            <numerusform>%n decisión anterior no mostrada</numerusform>
            <numerusform>%n decisiones anteriores no mostradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n earlier decisions not shown</source>
        <translation>
            <numerusform>%n decisión anterior no mostrada</numerusform>
            <numerusform>%n decisiones anteriores no mostradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>action</source>
        <comment>count</comment>
        <translation>
            <numerusform>acción</numerusform>
            <numerusform>acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>actions</source>
        <comment>count</comment>
        <translation>
            <numerusform>acción</numerusform>
            <numerusform>acciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>+%1 / −%2 (net %3)</source>
        <translation>+%1 / −%2 (neto %3)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renamed</source>
        <translation>Renombrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Budget line</source>
        <translation>Línea presupuestaria</translation>
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
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilot action</source>
        <translation>Acción piloto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players</source>
        <translation>Agentes implicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact email</source>
        <translation>Correo electrónico de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding source</source>
        <translation>Fuente de financiación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Valor de referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>Fecha objetivo</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>yes</source>
        <extracomment>Long texts are cut to this many characters on the slide (the editor holds the whole text).</extracomment>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not on the board</source>
        <translation>fuera del tablero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>impact %1, effort %2</source>
        <translation>impacto %1, esfuerzo %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No decision</source>
        <translation>Sin decisión</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>new action, budget %1</source>
        <translation>nueva acción, presupuesto %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>had a budget of %1</source>
        <translation>tenía un presupuesto de %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>was “%1”</source>
        <translation>título anterior: “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>line %1 added: %2</source>
        <translation>línea %1 añadida: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1 removed: %2</source>
        <translation>línea %1 eliminada: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1, %2: %3</source>
        <translation>línea %1, %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” added</source>
        <translation>“%1” añadido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” removed</source>
        <translation>“%1” eliminado</translation>
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
        <translation>Mover tarjeta</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Vote against</source>
        <translation>Votar en contra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vote</source>
        <translation>Votar a favor</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Record decision</source>
        <translation>Registrar decisión</translation>
    </message>
</context>
<context>
    <name>WorkshopFeature</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/feature.py" line="-43"/>
        <source>&amp;Workshop Mode</source>
        <translation>&amp;Modo taller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project the current plan full screen, live as you edit (F11 or Escape: a window)</source>
        <translation>Proyectar el plan actual a pantalla completa, en directo mientras se edita (F11 o Esc: en una ventana)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+74"/>
        <source>&amp;Start Workshop…</source>
        <translation>&amp;Iniciar taller…</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>&amp;End Workshop</source>
        <translation>&amp;Finalizar taller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;Decision…</source>
        <translation>Registrar &amp;decisión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board on the &amp;Projector</source>
        <translation>Tablero en el p&amp;royector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project the prioritisation board full screen, at room size</source>
        <translation>Proyectar el tablero de priorización a pantalla completa, a tamaño de sala</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prioritisation Board</source>
        <translation>Tablero de priorización</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prioritisation &amp;Board</source>
        <translation>Tablero de &amp;priorización</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workshop state</source>
        <translation>Estado del taller</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Workshop</source>
        <translation>&amp;Taller</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Start &amp;Over…</source>
        <translation>&amp;Volver a empezar…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Workshop started: every change from now on is listed under “Changes since the workshop started”.</source>
        <translation>Taller iniciado: a partir de ahora, cada cambio aparece en «Cambios desde el inicio del taller».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workshop ended.</source>
        <translation>Taller finalizado.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Workshop — %1</source>
        <translation>Taller — %1</translation>
    </message>
</context>
<context>
    <name>WorkshopSession</name>
    <message>
        <location filename="../../../action_planner/ui/workshop/session.py" line="+48"/>
        <source>Select a plan to run a workshop on it.</source>
        <translation>Seleccione un plan para celebrar un taller sobre él.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No workshop running.</source>
        <translation>No hay ningún taller en curso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop running since %1.</source>
        <translation>Taller en curso desde %1.</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../../action_planner/ui/jobs.py" line="-41"/>
        <source>Something unexpected went wrong (%1). The details were written to the log file:
%2</source>
        <translation>Se ha producido un error inesperado (%1). Los detalles se han escrito en el archivo de registro:
%2</translation>
    </message>
</context>
</TS>
