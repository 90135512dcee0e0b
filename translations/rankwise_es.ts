<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddCriteriaCommand</name>
    <message>
        <source>Add criterion “%1”</source>
        <translation>Añadir el criterio “%1”</translation>
    </message>
    <message>
        <source>Add the suggested criteria</source>
        <translation>Añadir los criterios sugeridos</translation>
    </message>
</context>
<context>
    <name>AddCriterionDialog</name>
    <message>
        <source>Add Criterion</source>
        <translation>Añadir criterio</translation>
    </message>
    <message>
        <source>e.g. Commute, Mentorship</source>
        <translation>p. ej., Trayecto, Mentoría</translation>
    </message>
    <message>
        <source>Your rating, 1 to 5</source>
        <translation>Tu valoración, de 1 a 5</translation>
    </message>
    <message>
        <source>A program fact</source>
        <translation>Un dato del programa</translation>
    </message>
    <message>
        <source>A curriculum feature is offered</source>
        <translation>Se ofrece una característica del plan de estudios</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Cuanto más alto, mejor</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Cuanto más bajo, mejor</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation>&amp;Mide:</translation>
    </message>
    <message>
        <source>&amp;Which:</source>
        <translation>&amp;Cuál:</translation>
    </message>
    <message>
        <source>W&amp;eight:</source>
        <translation>&amp;Peso:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Sentido:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>(you give each track 1 to 5)</source>
        <translation>(das a cada itinerario de 1 a 5)</translation>
    </message>
</context>
<context>
    <name>AddItemCommand</name>
    <message>
        <source>Add program “%1”</source>
        <translation>Añadir el programa “%1”</translation>
    </message>
    <message>
        <source>Add track “%1”</source>
        <translation>Añadir el itinerario “%1”</translation>
    </message>
    <message>
        <source>Add site “%1”</source>
        <translation>Añadir el centro “%1”</translation>
    </message>
</context>
<context>
    <name>AddNoteCommand</name>
    <message>
        <source>Write a note</source>
        <translation>Escribir una nota</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>left out</source>
        <translation>excluido</translation>
    </message>
    <message>
        <source>No value for %1: left out of this track&apos;s score, so the other criteria share its weight.</source>
        <translation>Sin valor para %1: se excluye de la puntuación de este itinerario, así que los demás criterios se reparten su peso.</translation>
    </message>
    <message>
        <source>The value on a 0 to 1 scale (ratings (r − 1) / 4; facts against the other tracks on the list; flipped when lower is better)</source>
        <translation>El valor en una escala de 0 a 1 (valoraciones: (r − 1) / 4; datos: frente a los demás itinerarios de la lista; invertido cuando un valor más bajo es mejor)</translation>
    </message>
    <message>
        <source>Share of the weights of the criteria this track has values for</source>
        <translation>Proporción de los pesos de los criterios para los que este itinerario tiene valor</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Scaled 0–1</source>
        <translation>Escala 0–1</translation>
    </message>
    <message>
        <source>Weight share</source>
        <translation>Parte del peso</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Tu valor</translation>
    </message>
    <message>
        <source>From the catalog (%1)</source>
        <translation>Del catálogo (%1)</translation>
    </message>
</context>
<context>
    <name>BreakdownPanel</name>
    <message>
        <source>Score breakdown</source>
        <translation>Desglose de la puntuación</translation>
    </message>
    <message>
        <source>Select an entry of the list to see how its score is made.</source>
        <translation>Selecciona una entrada de la lista para ver cómo se calcula su puntuación.</translation>
    </message>
    <message>
        <source>%1 is withdrawn (no longer offered) and is not scored.</source>
        <translation>%1 está retirado (ya no se ofrece) y no se puntúa.</translation>
    </message>
    <message>
        <source>%1 has no score yet: no criterion with a weight has a value for it. Rate it in the Ratings tab.</source>
        <translation>%1 aún no tiene puntuación: ningún criterio con peso tiene un valor para él. Valóralo en la pestaña Valoraciones.</translation>
    </message>
    <message>
        <source>%1: %2 of 100, rank %3 by score (yours: %4).</source>
        <translation>%1: %2 de 100, puesto %3 según la puntuación (el tuyo: %4).</translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(s) missing, left out.</source>
        <translation>
            <numerusform>Falta %n criterio, que se excluye.</numerusform>
            <numerusform>Faltan %n criterios, que se excluyen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message>
        <source>Add &amp;Program…</source>
        <translation>Añadir &amp;programa…</translation>
    </message>
    <message>
        <source>Add a program the catalog does not have</source>
        <translation>Añadir un programa que no está en el catálogo</translation>
    </message>
    <message>
        <source>Add Program</source>
        <translation>Añadir programa</translation>
    </message>
    <message>
        <source>Add &amp;Track…</source>
        <translation>Añadir &amp;itinerario…</translation>
    </message>
    <message>
        <source>Add a track of your own to the selected program</source>
        <translation>Añadir un itinerario propio al programa seleccionado</translation>
    </message>
    <message>
        <source>Add Continuity &amp;Site…</source>
        <translation>Añadir centro de &amp;continuidad…</translation>
    </message>
    <message>
        <source>Add a continuity site of your own to the selected program</source>
        <translation>Añadir un centro de continuidad propio al programa seleccionado</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected program or track you added</source>
        <translation>Editar el programa o itinerario seleccionado que añadiste tú</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the selected program or track you added (undoable)</source>
        <translation>Eliminar el programa o itinerario seleccionado que añadiste tú (se puede deshacer)</translation>
    </message>
    <message>
        <source>Deleted. Edit › Undo brings it back.</source>
        <translation>Eliminado. Editar › Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>&amp;Compare Selected</source>
        <translation>Co&amp;mparar selección</translation>
    </message>
    <message>
        <source>Compare the selected programs or tracks side by side (2 to 4; Ctrl+click to select several)</source>
        <translation>Comparar lado a lado los programas o itinerarios seleccionados (de 2 a 4; Ctrl+clic para seleccionar varios)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Only the first 4 of the %1 selected are compared.</source>
        <translation>Solo se comparan los 4 primeros de los %1 seleccionados.</translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <translation>&amp;Nueva nota</translation>
    </message>
    <message>
        <source>Write a new note on the selected program or track</source>
        <translation>Escribir una nota nueva sobre el programa o itinerario seleccionado</translation>
    </message>
    <message>
        <source>Add to &amp;Rank List</source>
        <translation>Añadir a la lista de cla&amp;sificación</translation>
    </message>
    <message>
        <source>Put the selected track at the end of the rank list</source>
        <translation>Poner el itinerario seleccionado al final de la lista de clasificación</translation>
    </message>
    <message>
        <source>Filter by name, institution, city, site, curriculum or note text…</source>
        <translation>Filtrar por nombre, institución, ciudad, centro, plan de estudios o texto de las notas…</translation>
    </message>
    <message>
        <source>Filter programs</source>
        <translation>Filtrar programas</translation>
    </message>
    <message>
        <source>Clear the Filter</source>
        <translation>Borrar el filtro</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Track type</source>
        <translation>Tipo de itinerario</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Plan de estudios</translation>
    </message>
    <message>
        <source>Programs and tracks</source>
        <translation>Programas e itinerarios</translation>
    </message>
    <message>
        <source>How many programs are shown</source>
        <translation>Cuántos programas se muestran</translation>
    </message>
    <message>
        <source>Programs: %1 · tracks: %2</source>
        <translation>Programas: %1 · itinerarios: %2</translation>
    </message>
    <message>
        <source>Nothing matches. Press Esc in the filter box to see all %1 programs again.</source>
        <translation>Nada coincide. Pulsa Esc en el cuadro de filtro para volver a ver los %1 programas.</translation>
    </message>
    <message>
        <source>Programs: %1 of %2 shown · tracks: %3</source>
        <translation>Programas: %1 de %2 mostrados · itinerarios: %3</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All track types</source>
        <translation>Todos los tipos de itinerario</translation>
    </message>
    <message>
        <source>Any curriculum</source>
        <translation>Cualquier plan de estudios</translation>
    </message>
    <message>
        <source>Go to the Results</source>
        <translation>Ir a los resultados</translation>
    </message>
    <message>
        <source>Preparing the filter: reading the text of %1 programs…</source>
        <translation>Preparando el filtro: leyendo el texto de %1 programas…</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>&amp;Add</source>
        <translation>Aña&amp;dir</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Vacia&amp;r</translation>
    </message>
    <message>
        <source>&amp;Hide rows that are the same</source>
        <translation>&amp;Ocultar las filas que son iguales</translation>
    </message>
    <message>
        <source>Add a program or track:</source>
        <translation>Añadir un programa o itinerario:</translation>
    </message>
    <message>
        <source>Program or track to add to the comparison</source>
        <translation>Programa o itinerario que añadir a la comparación</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Escribe un nombre…</translation>
    </message>
    <message>
        <source>Pick 2 to 4 programs or tracks to see them side by side.

In Browse, select them (Ctrl+click) and choose Program › Compare Selected, or add them here one by one.</source>
        <translation>Elige de 2 a 4 programas o itinerarios para verlos lado a lado.

En Explorar, selecciónalos (Ctrl+clic) y elige Programa › Comparar selección, o añádelos aquí uno a uno.</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>≠ marks the rows where they differ. — means not listed.</source>
        <translation>≠ marca las filas en las que difieren. — significa que no consta.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Rows hidden because they are the same: %1</source>
        <translation>Filas ocultas por ser iguales: %1</translation>
    </message>
    <message>
        <source>The chosen programs side by side; rows that differ start with ≠</source>
        <translation>Los programas elegidos uno al lado del otro; las filas que difieren empiezan con ≠</translation>
    </message>
</context>
<context>
    <name>CreateListCommand</name>
    <message>
        <source>Create list “%1”</source>
        <translation>Crear la lista “%1”</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>&amp;Add criterion…</source>
        <translation>&amp;Añadir criterio…</translation>
    </message>
    <message>
        <source>Add the &amp;suggested criteria</source>
        <translation>Añadir los criterios su&amp;geridos</translation>
    </message>
    <message>
        <source>Weights count as shares of their total. A track missing a value is scored on the criteria it has, never as if it were 0.</source>
        <translation>Los pesos cuentan como partes de su total. Un itinerario al que le falta un valor se puntúa con los criterios que sí tiene, nunca como si valiera 0.</translation>
    </message>
    <message>
        <source>No criteria yet. Start with a suggested set you can change: %1.</source>
        <translation>Aún no hay criterios. Empieza con un conjunto sugerido que puedes cambiar: %1.</translation>
    </message>
    <message>
        <source>Total weight</source>
        <translation>Peso total</translation>
    </message>
    <message>
        <source>A rating you give, a program fact, or a curriculum feature</source>
        <translation>Una valoración que das tú, un dato del programa o una característica del plan de estudios</translation>
    </message>
    <message>
        <source>Location, program culture, ambulatory training and more, with weights adding up to 100</source>
        <translation>Ubicación, cultura del programa, formación ambulatoria y más, con pesos que suman 100</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Cuanto más alto, mejor</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Cuanto más bajo, mejor</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Name of criterion %1</source>
        <translation>Nombre del criterio %1</translation>
    </message>
    <message>
        <source>Direction of %1</source>
        <translation>Sentido de %1</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Peso de %1</translation>
    </message>
    <message>
        <source>Weight of %1 as a number</source>
        <translation>Peso de %1 como número</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Remove “%1” and its ratings</source>
        <translation>Quitar “%1” y sus valoraciones</translation>
    </message>
    <message>
        <source>Share of %1: %2</source>
        <translation>Parte de %1: %2</translation>
    </message>
    <message>
        <source>Total weight: %1</source>
        <translation>Peso total: %1</translation>
    </message>
    <message>
        <source>Criteria and weights</source>
        <translation>Criterios y pesos</translation>
    </message>
</context>
<context>
    <name>CsvColumnsModel</name>
    <message>
        <source>(no header)</source>
        <translation>(sin encabezado)</translation>
    </message>
    <message>
        <source> (existing)</source>
        <translation> (existente)</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (nuevo)</translation>
    </message>
    <message>
        <source>Problem: see the list below; %1</source>
        <translation>Problema: consulta la lista de abajo; %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>CsvRowsModel</name>
    <message>
        <source>Matched by NRMP code</source>
        <translation>Emparejada por código NRMP</translation>
    </message>
    <message>
        <source>Matched by names</source>
        <translation>Emparejada por nombres</translation>
    </message>
    <message>
        <source>New track of your own</source>
        <translation>Nuevo itinerario propio</translation>
    </message>
    <message>
        <source>New program of your own</source>
        <translation>Nuevo programa propio</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <source>NRMP code</source>
        <translation>Código NRMP</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Aquí</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Cannot Load the Catalog</source>
        <translation>No se puede cargar el catálogo</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>“%1” still cannot be opened.</source>
        <translation>“%1” sigue sin poder abrirse.</translation>
    </message>
    <message>
        <source>Opened Read-Only</source>
        <translation>Abierta en modo de solo lectura</translation>
    </message>
    <message>
        <source>“%1” is open read-only because %2.

You can look at everything, but changes cannot be saved. To make changes, fix the file’s permissions, or copy it to a folder you can write to and open the copy.</source>
        <translation>“%1” está abierto en modo de solo lectura porque %2.

Puedes verlo todo, pero los cambios no se pueden guardar. Para hacer cambios, corrige los permisos del archivo, o cópialo a una carpeta en la que puedas escribir y abre la copia.</translation>
    </message>
    <message>
        <source>it was asked for</source>
        <translation>se pidió así</translation>
    </message>
    <message>
        <source>No Backup Today</source>
        <translation>Sin copia de seguridad hoy</translation>
    </message>
    <message>
        <source>Today’s backup could not be made: %1

Your data is unchanged; Rankwise will try again next time.</source>
        <translation>No se pudo hacer la copia de seguridad de hoy: %1

Tus datos no han cambiado; Rankwise lo volverá a intentar la próxima vez.</translation>
    </message>
    <message>
        <source>Cannot Restore the Backup</source>
        <translation>No se puede restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Backup Restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>The backup from %1 is now your database.

The damaged file was kept as “%2”.</source>
        <translation>La copia de seguridad del %1 es ahora tu base de datos.

El archivo dañado se conservó como “%2”.</translation>
    </message>
    <message>
        <source>Cannot Move the Damaged File</source>
        <translation>No se puede apartar el archivo dañado</translation>
    </message>
    <message>
        <source>Starting With an Empty Database</source>
        <translation>Empezando con una base de datos vacía</translation>
    </message>
    <message>
        <source>The damaged file was kept as “%1”.</source>
        <translation>El archivo dañado se conservó como “%1”.</translation>
    </message>
</context>
<context>
    <name>DecisionAidsPanel</name>
    <message>
        <source>For each pair of neighbours in the computed order: the smallest change of one weight that would swap them.</source>
        <translation>Para cada par de vecinos en el orden calculado: el menor cambio de un solo peso que los intercambiaría.</translation>
    </message>
    <message>
        <source>Where your order and the scores disagree</source>
        <translation>Dónde discrepan tu orden y las puntuaciones</translation>
    </message>
    <message>
        <source>Rank stability</source>
        <translation>Estabilidad de la clasificación</translation>
    </message>
    <message>
        <source>Gut check</source>
        <translation>Prueba de intuición</translation>
    </message>
    <message>
        <source>The gut check compares your order with the scores once at least two entries have different scores.</source>
        <translation>La prueba de intuición compara tu orden con las puntuaciones en cuanto al menos dos entradas tienen puntuaciones distintas.</translation>
    </message>
    <message>
        <source>Your order follows your stated priorities closely.</source>
        <translation>Tu orden sigue de cerca tus prioridades declaradas.</translation>
    </message>
    <message>
        <source>Your order mostly follows your stated priorities.</source>
        <translation>Tu orden sigue en general tus prioridades declaradas.</translation>
    </message>
    <message>
        <source>Your order and your stated priorities often part ways.</source>
        <translation>Tu orden y tus prioridades declaradas a menudo no coinciden.</translation>
    </message>
    <message>
        <source>Your order runs against your stated priorities.</source>
        <translation>Tu orden va en contra de tus prioridades declaradas.</translation>
    </message>
    <message>
        <source>Kendall&apos;s tau %1: %2 of %3 pairs agree, %4 disagree. %5</source>
        <translation>Tau de Kendall %1: %2 de %3 pares coinciden, %4 discrepan. %5</translation>
    </message>
    <message>
        <source>The pairs below are where your gut disagrees; either could be right.</source>
        <translation>Los pares de abajo son aquellos en los que tu intuición discrepa; cualquiera de las dos opciones podría ser la correcta.</translation>
    </message>
    <message>
        <source>Left out of the decision aids</source>
        <translation>Excluidas de las ayudas a la decisión</translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (retirado)</translation>
    </message>
    <message>
        <source>%1 (nothing known yet)</source>
        <translation>%1 (aún no se sabe nada)</translation>
    </message>
    <message>
        <source>%1 (coverage %2)</source>
        <translation>%1 (cobertura %2)</translation>
    </message>
    <message numerus="yes">
        <source>Left out of both aids: %n entry(ies) whose score rests on less than %1 of the weight: %2.</source>
        <translation>
            <numerusform>Excluida de ambas ayudas: %n entrada cuya puntuación se basa en menos del %1 del peso: %2.</numerusform>
            <numerusform>Excluidas de ambas ayudas: %n entradas cuya puntuación se basa en menos del %1 del peso: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 para %2</translation>
    </message>
    <message>
        <source>Too few settled scores for a verdict. Rate these first: %1.</source>
        <translation>Hay demasiado pocas puntuaciones firmes para un veredicto. Valora primero estos: %1.</translation>
    </message>
</context>
<context>
    <name>DeleteItemCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation>Eliminar “%1”</translation>
    </message>
</context>
<context>
    <name>DeleteListCommand</name>
    <message>
        <source>Delete list “%1”</source>
        <translation>Eliminar la lista “%1”</translation>
    </message>
</context>
<context>
    <name>DeleteNoteCommand</name>
    <message>
        <source>Delete a note</source>
        <translation>Eliminar una nota</translation>
    </message>
</context>
<context>
    <name>EditNoteCommand</name>
    <message>
        <source>Edit a note</source>
        <translation>Editar una nota</translation>
    </message>
</context>
<context>
    <name>ErrorHints</name>
    <message>
        <source>Create one with “New list…” on the Rank List page.</source>
        <translation>Crea una con “Nueva lista…” en la página Lista de clasificación.</translation>
    </message>
</context>
<context>
    <name>ExportNotesDialog</name>
    <message>
        <source>Share Notes with Classmates</source>
        <translation>Compartir notas con compañeros</translation>
    </message>
    <message>
        <source>Writes your own notes to a file you can send to classmates. Notes you imported from others are never included.</source>
        <translation>Escribe tus propias notas en un archivo que puedes enviar a tus compañeros. Nunca se incluyen las notas que importaste de otros.</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>&amp;All programs</source>
        <translation>&amp;Todos los programas</translation>
    </message>
    <message>
        <source>&amp;Chosen programs:</source>
        <translation>Programas &amp;elegidos:</translation>
    </message>
    <message>
        <source>Programs on the &amp;list:</source>
        <translation>Programas de la &amp;lista:</translation>
    </message>
    <message>
        <source>Rank list</source>
        <translation>Lista de clasificación</translation>
    </message>
    <message>
        <source>Filter programs…</source>
        <translation>Filtrar programas…</translation>
    </message>
    <message>
        <source>Filter programs</source>
        <translation>Filtrar programas</translation>
    </message>
    <message>
        <source>Programs to share notes on</source>
        <translation>Programas cuyas notas compartir</translation>
    </message>
    <message>
        <source>Also share (private unless you tick them)</source>
        <translation>Compartir también (privado salvo que lo marques)</translation>
    </message>
    <message>
        <source>My &amp;ratings of these tracks</source>
        <translation>Mis &amp;valoraciones de estos itinerarios</translation>
    </message>
    <message>
        <source>My ran&amp;ks (positions on my list)</source>
        <translation>Mis &amp;puestos (posiciones en mi lista)</translation>
    </message>
    <message>
        <source>My criteria and their &amp;weights</source>
        <translation>Mis criterios y sus pe&amp;sos</translation>
    </message>
    <message>
        <source>My list na&amp;mes and which tracks are on them</source>
        <translation>Los no&amp;mbres de mis listas y qué itinerarios contienen</translation>
    </message>
    <message>
        <source>Positions on the list chosen above, or on your first primary list.</source>
        <translation>Posiciones en la lista elegida arriba, o en tu primera lista principal.</translation>
    </message>
    <message>
        <source>Without ranks, tracks are listed alphabetically so their order gives nothing away.</source>
        <translation>Sin puestos, los itinerarios se listan por orden alfabético para que su orden no revele nada.</translation>
    </message>
    <message>
        <source>Your classmate will see what you ticked.</source>
        <translation>Tu compañero verá lo que marques.</translation>
    </message>
    <message>
        <source>The name your classmates will see</source>
        <translation>El nombre que verán tus compañeros</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Tu &amp;nombre:</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Archivo que escribir</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>What will be shared</source>
        <translation>Qué se compartirá</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>Expo&amp;rtar</translation>
    </message>
    <message>
        <source>You have no rank lists yet.</source>
        <translation>Todavía no tienes listas de clasificación.</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>Exportar notas</translation>
    </message>
    <message>
        <source>Rankwise note files (*.%1)</source>
        <translation>Archivos de notas de Rankwise (*.%1)</translation>
    </message>
    <message>
        <source>Nothing private is included: only your notes.</source>
        <translation>No se incluye nada privado: solo tus notas.</translation>
    </message>
    <message>
        <source>Give your name to export.</source>
        <translation>Escribe tu nombre para exportar.</translation>
    </message>
    <message>
        <source>Tick the programs whose notes you want to share.</source>
        <translation>Marca los programas cuyas notas quieres compartir.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>Se compartirá %n nota</numerusform>
            <numerusform>Se compartirán %n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n program(s) will be shared.</source>
        <translation>
            <numerusform>sobre %n programa.</numerusform>
            <numerusform>sobre %n programas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <source>Each entry&apos;s &amp;breakdown: points per criterion</source>
        <translation>&amp;Desglose de cada entrada: puntos por criterio</translation>
    </message>
    <message>
        <source>An excerpt of your own &amp;notes on each entry</source>
        <translation>Un extracto de tus propias &amp;notas sobre cada entrada</translation>
    </message>
    <message>
        <source>Export Rank List as PDF</source>
        <translation>Exportar la lista de clasificación como PDF</translation>
    </message>
    <message>
        <source>Print Rank List</source>
        <translation>Imprimir la lista de clasificación</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Rank list</source>
        <translation>Lista de clasificación</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>Li&amp;sta:</translation>
    </message>
    <message>
        <source>Your name as it should appear on the report</source>
        <translation>Tu nombre tal como debe aparecer en el informe</translation>
    </message>
    <message>
        <source>Applicant&apos;s name</source>
        <translation>Nombre del aspirante</translation>
    </message>
    <message>
        <source>&amp;Applicant:</source>
        <translation>Aspi&amp;rante:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Incluir</translation>
    </message>
    <message>
        <source>Only notes you wrote; notes imported from classmates are never printed.</source>
        <translation>Solo las notas que escribiste tú; las notas importadas de compañeros nunca se imprimen.</translation>
    </message>
    <message>
        <source>Always included: rank, program, track, NRMP code, city and state, score, and the criteria with their weights.</source>
        <translation>Siempre se incluyen: puesto, programa, itinerario, código NRMP, ciudad y estado, puntuación, y los criterios con sus pesos.</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>Archivo PDF que escribir</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save PDF</source>
        <translation>&amp;Guardar PDF</translation>
    </message>
    <message>
        <source>You have no rank list yet: start one on the Rank List page.</source>
        <translation>Aún no tienes ninguna lista de clasificación: crea una en la página Lista de clasificación.</translation>
    </message>
    <message>
        <source>Save the Rank List as PDF</source>
        <translation>Guardar la lista de clasificación como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Elige el archivo que escribir.</translation>
    </message>
    <message>
        <source>Rank Order List — %1</source>
        <translation>Lista de clasificación — %1</translation>
    </message>
    <message>
        <source>Print Preview — Rank Order List</source>
        <translation>Vista previa de impresión — Lista de clasificación</translation>
    </message>
</context>
<context>
    <name>GutCheckModel</name>
    <message>
        <source>%1 (your rank %2)</source>
        <translation>%1 (tu puesto: %2)</translation>
    </message>
    <message>
        <source>You rank %1 (%2) above %3 (%4), which scores %5 points higher.</source>
        <translation>Clasificas %1 (%2) por encima de %3 (%4), que puntúa %5 puntos más.</translation>
    </message>
    <message>
        <source>You rank %1 above %2, but %2 scores %3 points higher.</source>
        <translation>Clasificas %1 por encima de %2, pero %2 puntúa %3 puntos más.</translation>
    </message>
    <message>
        <source>You rank higher</source>
        <translation>Más arriba en tu orden</translation>
    </message>
    <message>
        <source>Scores higher</source>
        <translation>Puntúa más</translation>
    </message>
    <message>
        <source>Score gap</source>
        <translation>Diferencia de puntuación</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Discrepancia</translation>
    </message>
</context>
<context>
    <name>ImportCsvCommand</name>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
</context>
<context>
    <name>ImportCsvDialog</name>
    <message>
        <source>Import the column as</source>
        <translation>Importar la columna como</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Filas del archivo</translation>
    </message>
    <message>
        <source>Put the rows on the rank &amp;list</source>
        <translation>Poner las filas en la &amp;lista de clasificación</translation>
    </message>
    <message>
        <source>Import a Spreadsheet — %1</source>
        <translation>Importar una hoja de cálculo — %1</translation>
    </message>
    <message>
        <source>Columns: what each one is (click a role to change it)</source>
        <translation>Columnas: qué es cada una (haz clic en un rol para cambiarlo)</translation>
    </message>
    <message>
        <source>Rows: what each one becomes here</source>
        <translation>Filas: en qué se convierte cada una aquí</translation>
    </message>
    <message>
        <source>Name of the rank list</source>
        <translation>Nombre de la lista de clasificación</translation>
    </message>
    <message>
        <source>In the order of the Rank column, or of the rows when there is none. An existing list&apos;s order is replaced, after a snapshot.</source>
        <translation>En el orden de la columna Rank, o en el de las filas si no la hay. El orden de una lista existente se sustituye, tras tomar una instantánea.</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problemas del archivo</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>Qué hace la importación</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), separated by “%2”%3.</source>
        <translation>
            <numerusform>%1: %n fila, con campos separados por “%2”%3.</numerusform>
            <numerusform>%1: %n filas, con campos separados por “%2”%3.</numerusform>
        </translation>
    </message>
    <message>
        <source>, UTF-8 with a byte order mark</source>
        <translation>, UTF-8 con marca de orden de bytes</translation>
    </message>
    <message>
        <source>%1 cannot be imported.</source>
        <translation>%1 no se puede importar.</translation>
    </message>
    <message>
        <source>The import is one step: Edit › Undo takes it all back.</source>
        <translation>La importación es un solo paso: Editar › Deshacer la revierte por completo.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix in the file (or by choosing what a column is) before it can be imported. Nothing has been written.</source>
        <translation>
            <numerusform>Hay %n problema que corregir en el archivo (o eligiendo qué es una columna) antes de poder importarlo. No se ha escrito nada.</numerusform>
            <numerusform>Hay %n problemas que corregir en el archivo (o eligiendo qué es una columna) antes de poder importarlo. No se ha escrito nada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportNotesCommand</name>
    <message>
        <source>Import notes from %1</source>
        <translation>Importar notas de %1</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import Classmate&apos;s Notes</source>
        <translation>Importar notas de un compañero</translation>
    </message>
    <message>
        <source>This note file cannot be imported.</source>
        <translation>Este archivo de notas no se puede importar.</translation>
    </message>
    <message>
        <source>Nothing was changed. Ask your classmate to export the file again.</source>
        <translation>No se ha cambiado nada. Pide a tu compañero que vuelva a exportar el archivo.</translation>
    </message>
    <message>
        <source>Why the file was refused</source>
        <translation>Por qué se rechazó el archivo</translation>
    </message>
    <message>
        <source>Notes from %1</source>
        <translation>Notas de %1</translation>
    </message>
    <message numerus="yes">
        <source>File “%1”, written %2 · %n note(s)</source>
        <translation>
            <numerusform>Archivo “%1”, escrito el %2 · %n nota</numerusform>
            <numerusform>Archivo “%1”, escrito el %2 · %n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>Classmate&apos;s name</source>
        <translation>Nombre del compañero</translation>
    </message>
    <message>
        <source>Their notes appear under this name beside yours. Importing again under the same name updates them.</source>
        <translation>Sus notas aparecen con este nombre junto a las tuyas. Si vuelves a importar con el mismo nombre, se actualizan.</translation>
    </message>
    <message>
        <source>Show their notes &amp;as:</source>
        <translation>Mostrar sus notas &amp;como:</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Qué hará la importación</translation>
    </message>
    <message>
        <source>&amp;Notes (%1)</source>
        <translation>&amp;Notas (%1)</translation>
    </message>
    <message>
        <source>&amp;Ratings, ranks and weights (not stored)</source>
        <translation>&amp;Valoraciones, puestos y pesos (no se guardan)</translation>
    </message>
    <message>
        <source>S&amp;kip them</source>
        <translation>&amp;Omitirlas</translation>
    </message>
    <message>
        <source>A&amp;dd their programs as my own, then import the notes</source>
        <translation>Añadir sus programas como &amp;propios y luego importar las notas</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Todos los elementos</translation>
    </message>
    <message>
        <source>Not in your programs</source>
        <translation>No están en tus programas</translation>
    </message>
    <message>
        <source>New or updated</source>
        <translation>Nuevas o actualizadas</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Notes in the file</source>
        <translation>Notas del archivo</translation>
    </message>
    <message>
        <source>Each note, what it is about in their file and here, how it matched, and what importing does</source>
        <translation>Cada nota, sobre qué trata en su archivo y aquí, cómo se emparejó y qué hace la importación</translation>
    </message>
    <message>
        <source>Selected note</source>
        <translation>Nota seleccionada</translation>
    </message>
    <message>
        <source>Select a note to read it whole.</source>
        <translation>Selecciona una nota para leerla completa.</translation>
    </message>
    <message>
        <source>Your classmate chose to share these. They are shown here for your information only: Rankwise never stores a classmate&apos;s ratings, ranks, weights or lists, and yours stay exactly as they are.</source>
        <translation>Tu compañero decidió compartir esto. Se muestra aquí solo a título informativo: Rankwise nunca guarda las valoraciones, puestos, pesos ni listas de un compañero, y los tuyos se quedan exactamente como están.</translation>
    </message>
    <message>
        <source>%1 matched · %2 not in your programs — %3 new · %4 updated · %5 unchanged</source>
        <translation>%1 emparejadas · %2 no están en tus programas — %3 nuevas · %4 actualizadas · %5 sin cambios</translation>
    </message>
    <message>
        <source>This file was exported from this very database: its notes are your own, and importing stores them again as a classmate&apos;s.</source>
        <translation>Este archivo se exportó desde esta misma base de datos: sus notas son tuyas, e importarlo las vuelve a guardar como si fueran de un compañero.</translation>
    </message>
    <message>
        <source>This file is older than the one you imported from %1 before (written %2). Notes you already have from them are kept as they are; only notes new to you are added.</source>
        <translation>Este archivo es más antiguo que el de %1 que importaste antes (escrito el %2). Las notas suyas que ya tienes se conservan tal cual; solo se añaden las notas que son nuevas para ti.</translation>
    </message>
    <message>
        <source>You imported notes from %1 before: this import updates their notes instead of adding copies.</source>
        <translation>Ya importaste notas de %1: esta importación actualiza sus notas en lugar de añadir copias.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) in this file are older than the copy you have and stay as they are.</source>
        <translation>
            <numerusform>%n nota de este archivo es más antigua que la copia que tienes y se queda como está.</numerusform>
            <numerusform>%n notas de este archivo son más antiguas que la copia que tienes y se quedan como están.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes on programs you do not have (%1)</source>
        <translation>Notas sobre programas que no tienes (%1)</translation>
    </message>
    <message>
        <source>Adds: %1</source>
        <translation>Añade: %1</translation>
    </message>
    <message>
        <source>In their file:</source>
        <translation>En su archivo:</translation>
    </message>
    <message>
        <source>Here:</source>
        <translation>Aquí:</translation>
    </message>
    <message>
        <source>not in your programs</source>
        <translation>no está en tus programas</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>Escrita:</translation>
    </message>
    <message>
        <source>%1, last changed %2</source>
        <translation>%1, último cambio: %2</translation>
    </message>
    <message>
        <source>This note holds control or text-direction characters; they are shown as marks such as ⟦U+202E⟧ and have no effect.</source>
        <translation>Esta nota contiene caracteres de control o de dirección del texto; se muestran como marcas del tipo ⟦U+202E⟧ y no tienen efecto.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Error al importar</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>NRMP code</source>
        <translation>Código NRMP</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Program only</source>
        <translation>Solo el programa</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin coincidencia</translation>
    </message>
    <message>
        <source>Not in your programs</source>
        <translation>No está en tus programas</translation>
    </message>
    <message>
        <source>Key in their file: %1</source>
        <translation>Clave en su archivo: %1</translation>
    </message>
    <message>
        <source>In their file</source>
        <translation>En su archivo</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Aquí</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Emparejada por</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Browse</source>
        <translation>E&amp;xplorar</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Aviso de solo lectura</translation>
    </message>
    <message>
        <source>Rankwise</source>
        <translation>Rankwise</translation>
    </message>
    <message>
        <source>Updated with changes saved elsewhere (another Rankwise window or rankwise-cli).</source>
        <translation>Actualizado con cambios guardados en otro lugar (otra ventana de Rankwise o rankwise-cli).</translation>
    </message>
    <message>
        <source>&amp;Rank List</source>
        <translation>&amp;Lista de clasificación</translation>
    </message>
    <message>
        <source>Cannot add to the rank list</source>
        <translation>No se puede añadir a la lista de clasificación</translation>
    </message>
    <message>
        <source>Added to the rank list.</source>
        <translation>Añadido a la lista de clasificación.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>Start an empty database with the bundled catalog</source>
        <translation>Empezar una base de datos vacía con el catálogo incluido</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Import a Classmate&apos;s Notes…</source>
        <translation>&amp;Importar notas de un compañero…</translation>
    </message>
    <message>
        <source>Preview a .rwnotes file and add its notes beside yours</source>
        <translation>Previsualizar un archivo .rwnotes y añadir sus notas junto a las tuyas</translation>
    </message>
    <message>
        <source>&amp;Export Notes to Share…</source>
        <translation>&amp;Exportar notas para compartir…</translation>
    </message>
    <message>
        <source>Write your notes to a .rwnotes file for classmates</source>
        <translation>Escribir tus notas en un archivo .rwnotes para tus compañeros</translation>
    </message>
    <message>
        <source>C&amp;lassmates…</source>
        <translation>C&amp;ompañeros…</translation>
    </message>
    <message>
        <source>See whose notes you imported and remove a classmate&apos;s notes</source>
        <translation>Ver de quién importaste notas y quitar las notas de un compañero</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Filter the programs</source>
        <translation>Filtrar los programas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Rankwise</source>
        <translation>&amp;Acerca de Rankwise</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>Rankwise databases (*.sqlite);;All files (*)</source>
        <translation>Bases de datos de Rankwise (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>No se puede crear la base de datos</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or open it with File › Open Database.</source>
        <translation>“%1” ya existe. Elige otro nombre, o ábrelo con Archivo › Abrir base de datos.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>“%1” does not exist (any more).</source>
        <translation>“%1” no existe (o ya no existe).</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Se creó %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Se abrió %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
    <message>
        <source>%1 — Rankwise</source>
        <translation>%1 — Rankwise</translation>
    </message>
    <message>
        <source>The open database; every change is saved to it as you make it.</source>
        <translation>La base de datos abierta; cada cambio se guarda en ella en cuanto lo haces.</translation>
    </message>
    <message>
        <source>&amp;Compare (%1)</source>
        <translation>&amp;Comparar (%1)</translation>
    </message>
    <message>
        <source>About Rankwise</source>
        <translation>Acerca de Rankwise</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rankwise %1&lt;/h3&gt;&lt;p&gt;Compare residency programs, keep private notes and build your rank order list, entirely offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rankwise %1&lt;/h3&gt;&lt;p&gt;Compara programas de residencia, guarda notas privadas y crea tu lista de clasificación, totalmente sin conexión.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import a Classmate&apos;s Notes</source>
        <translation>Importar notas de un compañero</translation>
    </message>
    <message>
        <source>Rankwise notes (*.rwnotes);;All files (*)</source>
        <translation>Notas de Rankwise (*.rwnotes);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Imported the notes of %1.</source>
        <translation>Se importaron las notas de %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n note(s) to %1.</source>
        <translation>
            <numerusform>Se escribió %n nota en %1.</numerusform>
            <numerusform>Se escribieron %n notas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>The applicant&apos;s name and the paper size for printed lists</source>
        <translation>El nombre del aspirante y el tamaño del papel para las listas impresas</translation>
    </message>
    <message>
        <source>Read-only because %1. You can look at everything; changes cannot be saved to this file.</source>
        <translation>Solo lectura porque %1. Puedes verlo todo, pero los cambios no se pueden guardar en este archivo.</translation>
    </message>
    <message>
        <source>Export Rank List as P&amp;DF…</source>
        <translation>Exportar la lista de clasificación como P&amp;DF…</translation>
    </message>
    <message>
        <source>Write the rank list as a PDF to print or bring to your advisor</source>
        <translation>Escribir la lista de clasificación en un PDF para imprimirla o llevarla a tu tutor</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>See the printed rank list page by page</source>
        <translation>Ver la lista de clasificación impresa página a página</translation>
    </message>
    <message>
        <source>&amp;Print Rank List…</source>
        <translation>Im&amp;primir la lista de clasificación…</translation>
    </message>
    <message>
        <source>Export Rank List as &amp;CSV…</source>
        <translation>Exportar la lista de clasificación como &amp;CSV…</translation>
    </message>
    <message>
        <source>Write the rank list and your ratings as a spreadsheet</source>
        <translation>Escribir la lista de clasificación y tus valoraciones en una hoja de cálculo</translation>
    </message>
    <message>
        <source>Import a &amp;Spreadsheet (CSV)…</source>
        <translation>Importar una &amp;hoja de cálculo (CSV)…</translation>
    </message>
    <message>
        <source>Bring in programs, ratings and a rank order from a spreadsheet, with a preview first</source>
        <translation>Importar programas, valoraciones y un orden de clasificación desde una hoja de cálculo, con una vista previa antes</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rank(s)</source>
        <translation>
            <numerusform>Se escribió %n puesto</numerusform>
            <numerusform>Se escribieron %n puestos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n page(s) to %1.</source>
        <translation>
            <numerusform>(%n página) en %1.</numerusform>
            <numerusform>(%n páginas) en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export the rank list</source>
        <translation>No se puede exportar la lista de clasificación</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rank(s) to %1.</source>
        <translation>
            <numerusform>Se escribió %n puesto en %1.</numerusform>
            <numerusform>Se escribieron %n puestos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Rank List as CSV</source>
        <translation>Exportar la lista de clasificación como CSV</translation>
    </message>
    <message>
        <source>You have no rank list yet: start one on the Rank List page.</source>
        <translation>Aún no tienes ninguna lista de clasificación: crea una en la página Lista de clasificación.</translation>
    </message>
    <message>
        <source>Export “%1” as CSV</source>
        <translation>Exportar “%1” como CSV</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv);;All files (*)</source>
        <translation>Hojas de cálculo CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import a Spreadsheet</source>
        <translation>Importar una hoja de cálculo</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv *.txt);;All files (*)</source>
        <translation>Hojas de cálculo CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Imported %1. Edit › Undo takes the import back.</source>
        <translation>Se importó %1. Editar › Deshacer revierte la importación.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
</context>
<context>
    <name>NewListDialog</name>
    <message>
        <source>New Rank List</source>
        <translation>Nueva lista de clasificación</translation>
    </message>
    <message>
        <source>e.g. Internal Medicine</source>
        <translation>p. ej., Medicina interna</translation>
    </message>
    <message>
        <source>Primary list</source>
        <translation>Lista principal</translation>
    </message>
    <message>
        <source>Supplemental list (preliminary positions)</source>
        <translation>Lista suplementaria (plazas preliminares)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(nota vacía)</translation>
    </message>
    <message>
        <source>By %1; written %2, last changed %3</source>
        <translation>De %1; escrita: %2; último cambio: %3</translation>
    </message>
    <message>
        <source>Note by %1, changed %2: %3</source>
        <translation>Nota de %1 (modificada: %2): %3</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>&lt;b&gt;Notes on&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notas sobre&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Write notes on</source>
        <translation>Escribir notas sobre</translation>
    </message>
    <message>
        <source>The program, track or continuity site these notes are about</source>
        <translation>El programa, itinerario o centro de continuidad del que tratan estas notas</translation>
    </message>
    <message>
        <source>Show notes by</source>
        <translation>Mostrar notas de</translation>
    </message>
    <message>
        <source>Show notes by everyone, only yours, or one classmate’s</source>
        <translation>Mostrar las notas de todos, solo las tuyas o las de un compañero</translation>
    </message>
    <message>
        <source>Blank Note</source>
        <translation>Nota en blanco</translation>
    </message>
    <message>
        <source>From Template: %1</source>
        <translation>Desde plantilla: %1</translation>
    </message>
    <message>
        <source>New Note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>Start a new note; the arrow offers templates for an interview day, pros and cons, questions…</source>
        <translation>Empezar una nota nueva; la flecha ofrece plantillas para un día de entrevista, pros y contras, preguntas…</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <source>Delete this note (you can undo it)</source>
        <translation>Eliminar esta nota (se puede deshacer)</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Show your note formatted (headings, lists, bold)</source>
        <translation>Mostrar tu nota con formato (títulos, listas, negrita)</translation>
    </message>
    <message>
        <source>&amp;by</source>
        <translation>a&amp;utor:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Note, formatted</source>
        <translation>Nota con formato</translation>
    </message>
    <message>
        <source>Note status</source>
        <translation>Estado de la nota</translation>
    </message>
    <message>
        <source>Select a program to write notes on it.</source>
        <translation>Selecciona un programa para escribir notas sobre él.</translation>
    </message>
    <message>
        <source>Write your notes here; they are saved as you type.

# heading   - list item   **bold**   *italics*</source>
        <translation>Escribe aquí tus notas; se guardan mientras escribes.

# título   - elemento de lista   **negrita**   *cursiva*</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Track: %1</source>
        <translation>Itinerario: %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Centro: %1</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>me</source>
        <translation>yo</translation>
    </message>
    <message>
        <source>By %1 · changed %2</source>
        <translation>De %1 · modificada: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardada: %1</translation>
    </message>
    <message>
        <source>%1’s note, imported from their note file; read-only.</source>
        <translation>Nota de %1, importada de su archivo de notas; solo lectura.</translation>
    </message>
    <message>
        <source>New note: it is saved as you type.</source>
        <translation>Nota nueva: se guarda mientras escribes.</translation>
    </message>
    <message>
        <source>Saved · changed %1 · written %2</source>
        <translation>Guardada · modificada: %1 · escrita: %2</translation>
    </message>
    <message>
        <source>Your private note, saved as you type; Markdown-style headings, lists, bold and italics</source>
        <translation>Tu nota privada, guardada mientras escribes; títulos, listas, negrita y cursiva al estilo Markdown</translation>
    </message>
    <message>
        <source>The note as it looks formatted, read-only</source>
        <translation>La nota tal como se ve con formato, solo lectura</translation>
    </message>
</context>
<context>
    <name>PeersDialog</name>
    <message>
        <source>Classmates&apos; Notes</source>
        <translation>Notas de compañeros</translation>
    </message>
    <message>
        <source>Classmates whose notes you imported. Their notes appear beside yours; removing a classmate removes only their notes.</source>
        <translation>Compañeros cuyas notas importaste. Sus notas aparecen junto a las tuyas; quitar a un compañero quita solo sus notas.</translation>
    </message>
    <message>
        <source>Classmates</source>
        <translation>Compañeros</translation>
    </message>
    <message>
        <source>No classmate&apos;s notes yet. Import a .rwnotes file a classmate sent you to see their notes beside yours.</source>
        <translation>Aún no hay notas de compañeros. Importa un archivo .rwnotes que te haya enviado un compañero para ver sus notas junto a las tuyas.</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Remove the selected classmate and their notes (Delete)</source>
        <translation>Quitar al compañero seleccionado y sus notas (Supr)</translation>
    </message>
    <message>
        <source>Cannot read classmates</source>
        <translation>No se pueden leer los compañeros</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 and their %n note(s)?</source>
        <translation>
            <numerusform>¿Quitar a %1 y su %n nota?</numerusform>
            <numerusform>¿Quitar a %1 y sus %n notas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Your own notes are not touched.</source>
        <translation>Tus propias notas no se tocan.</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Puedes deshacerlo.</translation>
    </message>
    <message>
        <source>Remove Classmate</source>
        <translation>Quitar compañero</translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>No se puede quitar</translation>
    </message>
</context>
<context>
    <name>PeersModel</name>
    <message>
        <source>Classmate</source>
        <translation>Compañero</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>File written</source>
        <translation>Fecha del archivo</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Carta EE. UU. (8,5 × 11 pulg.)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Printed and exported rank lists use these unless you change them when you export.</source>
        <translation>Las listas de clasificación impresas y exportadas usan estos valores, salvo que los cambies al exportar.</translation>
    </message>
    <message>
        <source>Your name as it should appear on the report</source>
        <translation>Tu nombre tal como debe aparecer en el informe</translation>
    </message>
    <message>
        <source>Applicant&apos;s name</source>
        <translation>Nombre del aspirante</translation>
    </message>
    <message>
        <source>&amp;Applicant&apos;s name:</source>
        <translation>&amp;Nombre del aspirante:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Tamaño del &amp;papel:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Also sets how dates and numbers are written. Applies the next time Rankwise starts.</source>
        <translation>También define cómo se escriben las fechas y los números. Se aplica la próxima vez que se inicie Rankwise.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Rankwise will use this language the next time it starts.</source>
        <translation>Rankwise usará este idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
</context>
<context>
    <name>ProblemLine</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>ProgramDetailsView</name>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>Escribir una nota</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>el programa</translation>
    </message>
    <message>
        <source>the %1 track</source>
        <translation>el itinerario %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>sobre %1</translation>
    </message>
    <message>
        <source>Program details</source>
        <translation>Detalles del programa</translation>
    </message>
    <message>
        <source>Select a program to see its tracks, continuity sites and curriculum.</source>
        <translation>Selecciona un programa para ver sus itinerarios, centros de continuidad y plan de estudios.</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>Añadido por ti</translation>
    </message>
    <message>
        <source>From the catalog (read-only; annotate it with notes)</source>
        <translation>Del catálogo (solo lectura; puedes anotarlo con notas)</translation>
    </message>
    <message>
        <source>Notes on this program: %1 (read them)</source>
        <translation>Notas sobre este programa: %1 (leerlas)</translation>
    </message>
    <message>
        <source>Open the website</source>
        <translation>Abrir el sitio web</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Ambulatory share</source>
        <translation>Proporción ambulatoria</translation>
    </message>
    <message>
        <source>Ambulatory months</source>
        <translation>Meses ambulatorios</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Itinerarios</translation>
    </message>
    <message>
        <source>NRMP code</source>
        <translation>Código NRMP</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message numerus="yes">
        <source>Continuity sites (%n)</source>
        <translation>
            <numerusform>Centro de continuidad (%n)</numerusform>
            <numerusform>Centros de continuidad (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Residents placed</source>
        <translation>Residentes asignados</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Staff languages</source>
        <translation>Idiomas del personal</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>Intérpretes</translation>
    </message>
    <message>
        <source>On-site subspecialties</source>
        <translation>Subespecialidades en el centro</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Plan de estudios</translation>
    </message>
    <message>
        <source>%1 track</source>
        <translation>itinerario %1</translation>
    </message>
    <message>
        <source>Partnering institutions</source>
        <translation>Instituciones asociadas</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Facts about the selected program and its tracks, sites and curriculum, each with its source</source>
        <translation>Datos del programa seleccionado y de sus itinerarios, centros y plan de estudios, cada uno con su fuente</translation>
    </message>
    <message>
        <source>%1 from campus</source>
        <translation>a %1 del campus</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>Internal Medicine</source>
        <translation>Medicina interna</translation>
    </message>
    <message>
        <source>Add a Program</source>
        <translation>Añadir un programa</translation>
    </message>
    <message>
        <source>Edit Program</source>
        <translation>Editar programa</translation>
    </message>
    <message>
        <source>e.g. Lakeside Internal Medicine Residency</source>
        <translation>p. ej., Lakeside Internal Medicine Residency</translation>
    </message>
    <message>
        <source>The sponsoring hospital</source>
        <translation>El hospital patrocinador</translation>
    </message>
    <message>
        <source>e.g. MA</source>
        <translation>p. ej., MA</translation>
    </message>
    <message>
        <source>e.g. 4+1 or 3+2</source>
        <translation>p. ej., 4+1 o 3+2</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>Con tus propias palabras</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>&amp;Specialty:</source>
        <translation>&amp;Especialidad:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <source>&amp;Positions:</source>
        <translation>&amp;Plazas:</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>Ca&amp;lendario:</translation>
    </message>
    <message>
        <source>&amp;Ambulatory share:</source>
        <translation>Proporción &amp;ambulatoria:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Tracks (what you rank; each with its own NRMP code)</source>
        <translation>Itinerarios (lo que clasificas; cada uno con su propio código NRMP)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>NRMP code (optional)</source>
        <translation>Código NRMP (opcional)</translation>
    </message>
    <message>
        <source>Add &amp;Track</source>
        <translation>Añadir itine&amp;rario</translation>
    </message>
    <message>
        <source>Categorical</source>
        <translation>Categórico</translation>
    </message>
    <message>
        <source>Track name</source>
        <translation>Nombre del itinerario</translation>
    </message>
    <message>
        <source>Track type</source>
        <translation>Tipo de itinerario</translation>
    </message>
    <message>
        <source>NRMP code</source>
        <translation>Código NRMP</translation>
    </message>
    <message>
        <source>Remove this track</source>
        <translation>Quitar este itinerario</translation>
    </message>
    <message>
        <source>Remove track</source>
        <translation>Quitar itinerario</translation>
    </message>
</context>
<context>
    <name>ProgramEdits</name>
    <message>
        <source>Catalog entries are read-only</source>
        <translation>Las entradas del catálogo son de solo lectura</translation>
    </message>
    <message>
        <source>“%1” comes from the bundled catalog, so it cannot be edited or deleted. Write a note on it instead, or add a track or site of your own.</source>
        <translation>“%1” procede del catálogo incluido, así que no se puede editar ni eliminar. Escribe una nota sobre él, o añade un itinerario o un centro propios.</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>No se puede hacer</translation>
    </message>
    <message>
        <source>Edit track “%1”</source>
        <translation>Editar el itinerario “%1”</translation>
    </message>
    <message>
        <source>Edit site “%1”</source>
        <translation>Editar el centro “%1”</translation>
    </message>
    <message>
        <source>Edit program “%1”</source>
        <translation>Editar el programa “%1”</translation>
    </message>
</context>
<context>
    <name>ProgramTreeModel</name>
    <message>
        <source>%1 (added by you)</source>
        <translation>%1 (añadido por ti)</translation>
    </message>
    <message>
        <source>Notes on this program, its tracks and sites: %1</source>
        <translation>Notas sobre este programa, sus itinerarios y centros: %1</translation>
    </message>
    <message>
        <source>NRMP %1</source>
        <translation>NRMP %1</translation>
    </message>
    <message>
        <source>Program / track</source>
        <translation>Programa / itinerario</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>City, state</source>
        <translation>Ciudad, estado</translation>
    </message>
    <message>
        <source>Track type</source>
        <translation>Tipo de itinerario</translation>
    </message>
    <message>
        <source>Ambulatory</source>
        <translation>Ambulatorio</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Centros</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>RangeEdit</name>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
</context>
<context>
    <name>RankController</name>
    <message>
        <source>There is already a criterion named “%1”.</source>
        <translation>Ya existe un criterio llamado “%1”.</translation>
    </message>
    <message>
        <source>Every suggested criterion is already there.</source>
        <translation>Ya están todos los criterios sugeridos.</translation>
    </message>
    <message>
        <source>That criterion no longer exists.</source>
        <translation>Ese criterio ya no existe.</translation>
    </message>
    <message>
        <source>“%1” comes from the program facts (%2); it is not rated by you.</source>
        <translation>“%1” procede de los datos del programa (%2); no lo valoras tú.</translation>
    </message>
    <message>
        <source>Rate %1 %2 on “%3”</source>
        <translation>Valorar %1 con %2 en “%3”</translation>
    </message>
    <message>
        <source>Clear the rating of %1 on “%2”</source>
        <translation>Borrar la valoración de %1 en “%2”</translation>
    </message>
    <message>
        <source>There is already a rank list named “%1”.</source>
        <translation>Ya existe una lista de clasificación llamada “%1”.</translation>
    </message>
    <message>
        <source>There is no list to delete.</source>
        <translation>No hay ninguna lista que eliminar.</translation>
    </message>
    <message>
        <source>Create a rank list first.</source>
        <translation>Crea primero una lista de clasificación.</translation>
    </message>
    <message>
        <source>That entry is no longer on the list.</source>
        <translation>Esa entrada ya no está en la lista.</translation>
    </message>
    <message>
        <source>That snapshot no longer exists.</source>
        <translation>Esa instantánea ya no existe.</translation>
    </message>
    <message>
        <source>Set weight of “%1”</source>
        <translation>Cambiar el peso de “%1”</translation>
    </message>
    <message>
        <source>Rename criterion “%1” to “%2”</source>
        <translation>Renombrar el criterio “%1” como “%2”</translation>
    </message>
    <message>
        <source>Lower is better for “%1”</source>
        <translation>“%1”: cuanto más bajo, mejor</translation>
    </message>
    <message>
        <source>Higher is better for “%1”</source>
        <translation>“%1”: cuanto más alto, mejor</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Move %1 to rank %2</source>
        <translation>Mover %1 al puesto %2</translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation>Fijar %1</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Dejar de fijar %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Clear your value of %1 on “%2”</source>
        <translation>Borrar tu valor de %1 en “%2”</translation>
    </message>
    <message>
        <source>Set %1 to Yes on “%2”</source>
        <translation>Cambiar %1 a Sí en “%2”</translation>
    </message>
    <message>
        <source>Set %1 to No on “%2”</source>
        <translation>Cambiar %1 a No en “%2”</translation>
    </message>
    <message>
        <source>Set %1 to %2 on “%3”</source>
        <translation>Cambiar %1 a %2 en “%3”</translation>
    </message>
</context>
<context>
    <name>RankListModel</name>
    <message>
        <source>no score</source>
        <translation>sin puntuación</translation>
    </message>
    <message>
        <source>▲ %1</source>
        <translation>▲ %1</translation>
    </message>
    <message>
        <source>▼ %1</source>
        <translation>▼ %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (retirado)</translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>falta %n</numerusform>
            <numerusform>faltan %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is no longer offered (withdrawn from the catalog or deleted). It stays on your list but is not scored.</source>
        <translation>%1 ya no se ofrece (retirado del catálogo o eliminado). Sigue en tu lista, pero no se puntúa.</translation>
    </message>
    <message>
        <source>%1
Key: %2</source>
        <translation>%1
Clave: %2</translation>
    </message>
    <message>
        <source>No criterion with a weight has a value for this track yet</source>
        <translation>Ningún criterio con peso tiene todavía un valor para este itinerario</translation>
    </message>
    <message numerus="yes">
        <source>You rank it %n place(s) higher than its score does</source>
        <translation>
            <numerusform>Lo clasificas %n puesto más arriba de lo que indica su puntuación</numerusform>
            <numerusform>Lo clasificas %n puestos más arriba de lo que indica su puntuación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You rank it %n place(s) lower than its score does</source>
        <translation>
            <numerusform>Lo clasificas %n puesto más abajo de lo que indica su puntuación</numerusform>
            <numerusform>Lo clasificas %n puestos más abajo de lo que indica su puntuación</numerusform>
        </translation>
    </message>
    <message>
        <source>Your rank matches its computed position</source>
        <translation>Tu puesto coincide con su posición calculada</translation>
    </message>
    <message>
        <source>Pinned entries keep their rank when you sort by score (Space toggles)</source>
        <translation>Las entradas fijadas conservan su puesto al ordenar por puntuación (Espacio fija o deja de fijar)</translation>
    </message>
    <message>
        <source>No value for: %1. Missing values are left out of the score, not counted as 0.</source>
        <translation>Sin valor para: %1. Los valores que faltan se excluyen de la puntuación, no cuentan como 0.</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fijada</translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation>No fijada</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Track and program</source>
        <translation>Itinerario y programa</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>By score</source>
        <translation>Por puntuación</translation>
    </message>
    <message>
        <source>±</source>
        <translation>±</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>NRMP code</source>
        <translation>Código NRMP</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Sin valor</translation>
    </message>
    <message>
        <source>Your rank: the order you will certify</source>
        <translation>Tu puesto: el orden que certificarás</translation>
    </message>
    <message>
        <source>Where the weighted score would put it</source>
        <translation>Dónde la pondría la puntuación ponderada</translation>
    </message>
    <message>
        <source>Your rank against the computed one: ▲ you rank it higher than its score does, ▼ lower, = the same</source>
        <translation>Tu puesto frente al calculado: ▲ lo clasificas más arriba de lo que indica su puntuación, ▼ más abajo, = igual</translation>
    </message>
    <message>
        <source>Pinned entries keep their rank when you sort by score</source>
        <translation>Las entradas fijadas conservan su puesto al ordenar por puntuación</translation>
    </message>
    <message>
        <source>Criteria with no value for this track</source>
        <translation>Criterios sin valor para este itinerario</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>Score %1 out of 100, on every criterion (coverage %2)</source>
        <translation>Puntuación %1 sobre 100, con todos los criterios (cobertura %2)</translation>
    </message>
    <message>
        <source>Score %1 out of 100, on %2 of the weight; between %3 and %4 once the missing values are known</source>
        <translation>Puntuación %1 sobre 100, con el %2 del peso; entre %3 y %4 cuando se conozcan los valores que faltan</translation>
    </message>
    <message>
        <source>Provisional: less than %1 of the weight is known; rate the missing values to settle it</source>
        <translation>Provisional: se conoce menos del %1 del peso; completa los valores que faltan para consolidarla</translation>
    </message>
</context>
<context>
    <name>RankListPanel</name>
    <message>
        <source>&amp;New list…</source>
        <translation>&amp;Nueva lista…</translation>
    </message>
    <message>
        <source>Create a primary or supplemental rank list</source>
        <translation>Crear una lista de clasificación principal o suplementaria</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Eliminar lista</translation>
    </message>
    <message>
        <source>Delete this list and its snapshots (Undo brings it back)</source>
        <translation>Eliminar esta lista y sus instantáneas (Deshacer la recupera)</translation>
    </message>
    <message>
        <source>A&amp;dd to list</source>
        <translation>Añadir a la lis&amp;ta</translation>
    </message>
    <message>
        <source>&amp;Sort by score</source>
        <translation>Ordenar por p&amp;untuación</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Subir (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Bajar (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Pin or unpin: sort by score leaves pinned entries in place (Space)</source>
        <translation>Fijar o dejar de fijar: ordenar por puntuación deja en su sitio las entradas fijadas (Espacio)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Take the entry off the list (Delete)</source>
        <translation>Sacar la entrada de la lista (Supr)</translation>
    </message>
    <message>
        <source>Rank list</source>
        <translation>Lista de clasificación</translation>
    </message>
    <message>
        <source>Track to add</source>
        <translation>Itinerario que añadir</translation>
    </message>
    <message>
        <source>Find a program or track to add…</source>
        <translation>Busca un programa o itinerario para añadir…</translation>
    </message>
    <message>
        <source>Reorder by score, leaving pinned entries in place. A snapshot of the order before is taken first.</source>
        <translation>Reordenar por puntuación, dejando en su sitio las entradas fijadas. Antes se toma una instantánea del orden anterior.</translation>
    </message>
    <message>
        <source>NRMP warnings</source>
        <translation>Avisos del NRMP</translation>
    </message>
    <message>
        <source>By score</source>
        <translation>Por puntuación</translation>
    </message>
    <message>
        <source>10 missing</source>
        <translation>faltan 10</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>Li&amp;sta:</translation>
    </message>
    <message>
        <source>%1 (supplemental)</source>
        <translation>%1 (suplementaria)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>No rank list yet. Create one with “New list…” to start ranking.</source>
        <translation>Aún no hay ninguna lista de clasificación. Crea una con “Nueva lista…” para empezar a clasificar.</translation>
    </message>
    <message>
        <source>This list is empty. Find a program or track above and add it.</source>
        <translation>Esta lista está vacía. Busca arriba un programa o itinerario y añádelo.</translation>
    </message>
    <message>
        <source>No track to add matches “%1”.</source>
        <translation>Ningún itinerario que añadir coincide con “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n tracks match “%1”: choose one from the list.</source>
        <translation>
            <numerusform>%n itinerario coincide con “%1”: elígelo de la lista.</numerusform>
            <numerusform>%n itinerarios coinciden con “%1”: elige uno de la lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>My rank list</source>
        <translation>Mi lista de clasificación</translation>
    </message>
</context>
<context>
    <name>RankListView</name>
    <message>
        <source>Rank list</source>
        <translation>Lista de clasificación</translation>
    </message>
    <message>
        <source>Your order. Ctrl+Up and Ctrl+Down move the selected entry, Space pins it, Delete removes it; entries can also be dragged.</source>
        <translation>Tu orden. Ctrl+Up y Ctrl+Down mueven la entrada seleccionada, Espacio la fija y Supr la quita; también puedes arrastrar las entradas.</translation>
    </message>
</context>
<context>
    <name>RankPage</name>
    <message>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>Exp&amp;ortar</translation>
    </message>
    <message>
        <source>Export, print or import the rank list</source>
        <translation>Exportar, imprimir o importar la lista de clasificación</translation>
    </message>
    <message>
        <source>Export, print or import</source>
        <translation>Exportar, imprimir o importar</translation>
    </message>
</context>
<context>
    <name>RankWorkspace</name>
    <message>
        <source>Rank list builder</source>
        <translation>Creador de la lista de clasificación</translation>
    </message>
    <message>
        <source>Type 1 to 5 on a rating cell (it moves down to the next track), Delete to clear. “–” is missing: left out of the score. Italic values come from the program facts.</source>
        <translation>Escribe de 1 a 5 en una celda de valoración (luego se pasa al siguiente itinerario); Supr la borra. “–” es un valor que falta: se excluye de la puntuación. Los valores en cursiva proceden de los datos del programa.</translation>
    </message>
    <message>
        <source>Stability &amp;&amp; &amp;gut check</source>
        <translation>Esta&amp;bilidad y prueba de intuición</translation>
    </message>
    <message>
        <source>S&amp;napshots</source>
        <translation>&amp;Instantáneas</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>My rank list</source>
        <translation>Mi lista de clasificación</translation>
    </message>
    <message>
        <source>Cr&amp;iteria</source>
        <translation>C&amp;riterios</translation>
    </message>
    <message>
        <source>Ra&amp;tings</source>
        <translation>Val&amp;oraciones</translation>
    </message>
    <message>
        <source>Brea&amp;kdown</source>
        <translation>&amp;Desglose</translation>
    </message>
    <message>
        <source>Rank list tools</source>
        <translation>Herramientas de la lista de clasificación</translation>
    </message>
</context>
<context>
    <name>RatingsModel</name>
    <message>
        <source>%1: not rated yet. Type 1 to 5; a missing rating is left out of the score.</source>
        <translation>%1: sin valorar todavía. Escribe de 1 a 5; una valoración que falta se excluye de la puntuación.</translation>
    </message>
    <message>
        <source>This track is withdrawn and not scored.</source>
        <translation>Este itinerario está retirado y no se puntúa.</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (retirado)</translation>
    </message>
    <message>
        <source>%1 (withdrawn: not scored)</source>
        <translation>%1 (retirado: no se puntúa)</translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4 of the weight</source>
        <translation>%1 — %2, %3, %4 del peso</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>cuanto más bajo, mejor</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>cuanto más alto, mejor</translation>
    </message>
    <message>
        <source>%1: rated %2 of 5 by you. Type 1 to 5 to change, Delete to clear.</source>
        <translation>%1: valorado por ti con %2 de 5. Escribe de 1 a 5 para cambiarlo; Supr lo borra.</translation>
    </message>
    <message>
        <source>Type Y or N to give your own value.</source>
        <translation>Escribe Y o N para dar tu propio valor.</translation>
    </message>
    <message>
        <source>Press F2 to give your own value.</source>
        <translation>Pulsa F2 para dar tu propio valor.</translation>
    </message>
    <message>
        <source>the catalog says %1 (%2)</source>
        <translation>el catálogo indica %1 (%2)</translation>
    </message>
    <message>
        <source>the catalog has no value</source>
        <translation>el catálogo no tiene valor</translation>
    </message>
    <message>
        <source>%1: %2, your value; %3. Delete goes back to the catalog&apos;s.</source>
        <translation>%1: %2, tu valor; %3. Supr vuelve al del catálogo.</translation>
    </message>
    <message>
        <source>%1: unknown (the catalog records none), left out of the score. %2</source>
        <translation>%1: desconocido (el catálogo no registra ninguno), se excluye de la puntuación. %2</translation>
    </message>
    <message>
        <source>%1: %2, from the catalog (%3). %4</source>
        <translation>%1: %2, del catálogo (%3). %4</translation>
    </message>
</context>
<context>
    <name>RatingsView</name>
    <message>
        <source>– (not rated)</source>
        <translation>– (sin valorar)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>catalog: %1</source>
        <translation>catálogo: %1</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Tu valor</translation>
    </message>
    <message>
        <source>– (unknown)</source>
        <translation>– (desconocido)</translation>
    </message>
    <message>
        <source>– (the catalog&apos;s: %1)</source>
        <translation>– (el del catálogo: %1)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Tracks by criteria. On a rating cell type 1 to 5; on a feature Y or N; F2 edits any cell; Delete clears your value. Facts in italics come from the catalog.</source>
        <translation>Itinerarios por criterios. En una celda de valoración escribe de 1 a 5; en una característica, Y o N; F2 edita cualquier celda; Supr borra tu valor. Los datos en cursiva proceden del catálogo.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>&amp;Restore Backup</source>
        <translation>&amp;Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Start With an &amp;Empty Database</source>
        <translation>Empezar con una base de datos &amp;vacía</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Rankwise cannot open your database.</source>
        <translation>Rankwise no puede abrir tu base de datos.</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <source>(and more)</source>
        <translation>(y más)</translation>
    </message>
    <message>
        <source>SQLite reported: %1</source>
        <translation>SQLite informó: %1</translation>
    </message>
    <message>
        <source>There are no backups of this database.</source>
        <translation>No hay copias de seguridad de esta base de datos.</translation>
    </message>
    <message>
        <source>Backups of this database, newest first:</source>
        <translation>Copias de seguridad de esta base de datos, de la más reciente a la más antigua:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Either way the damaged file is kept in the same folder as “%1”; nothing is deleted. Restoring brings back the database as it was when the backup was made; changes made since then are only in the damaged file.</source>
        <translation>En ambos casos, el archivo dañado se conserva en la misma carpeta como “%1”; no se elimina nada. Restaurar devuelve la base de datos al estado en que estaba cuando se hizo la copia de seguridad; los cambios hechos desde entonces solo están en el archivo dañado.</translation>
    </message>
    <message>
        <source>Keep the damaged file aside and start with a new database</source>
        <translation>Apartar el archivo dañado y empezar con una base de datos nueva</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Hoy %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Ayer %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>(damaged, cannot be restored)</source>
        <translation>(dañada, no se puede restaurar)</translation>
    </message>
</context>
<context>
    <name>RemoveCriterionCommand</name>
    <message>
        <source>Remove criterion “%1”</source>
        <translation>Quitar el criterio “%1”</translation>
    </message>
</context>
<context>
    <name>RemovePeerCommand</name>
    <message>
        <source>Remove %1&apos;s notes</source>
        <translation>Quitar las notas de %1</translation>
    </message>
</context>
<context>
    <name>ReorderCommand</name>
    <message>
        <source>Sort by score</source>
        <translation>Ordenar por puntuación</translation>
    </message>
    <message>
        <source>Restore snapshot of %1</source>
        <translation>Restaurar la instantánea del %1</translation>
    </message>
</context>
<context>
    <name>SharedPartsView</name>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Ratings, ranks, weights and lists in the file</source>
        <translation>Valoraciones, puestos, pesos y listas del archivo</translation>
    </message>
    <message>
        <source>Criteria and weights (%1)</source>
        <translation>Criterios y pesos (%1)</translation>
    </message>
    <message>
        <source>weight %1 · %2</source>
        <translation>peso %1 · %2</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>cuanto más alto, mejor</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>cuanto más bajo, mejor</translation>
    </message>
    <message>
        <source>Ratings (%1)</source>
        <translation>Valoraciones (%1)</translation>
    </message>
    <message>
        <source>%1: %2 of 5</source>
        <translation>%1: %2 de 5</translation>
    </message>
    <message>
        <source>supplemental list</source>
        <translation>lista suplementaria</translation>
    </message>
    <message>
        <source>primary list</source>
        <translation>lista principal</translation>
    </message>
    <message>
        <source>A list (name not shared)</source>
        <translation>Una lista (nombre no compartido)</translation>
    </message>
    <message>
        <source>List “%1”</source>
        <translation>Lista “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n entries</source>
        <translation>
            <numerusform>%1 · %n entrada</numerusform>
            <numerusform>%1 · %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>rank %1%2</source>
        <translation>puesto %1%2</translation>
    </message>
    <message>
        <source> (pinned)</source>
        <translation> (fijada)</translation>
    </message>
    <message>
        <source>on the list (rank not shared)</source>
        <translation>en la lista (puesto no compartido)</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source> mi</source>
        <translation> mi</translation>
    </message>
    <message>
        <source>Add a Continuity Site</source>
        <translation>Añadir un centro de continuidad</translation>
    </message>
    <message>
        <source>Edit Continuity Site</source>
        <translation>Editar centro de continuidad</translation>
    </message>
    <message>
        <source>e.g. Chelsea HealthCare Center</source>
        <translation>p. ej., Chelsea HealthCare Center</translation>
    </message>
    <message>
        <source>12, 2-10 or 20+</source>
        <translation>12, 2-10 o 20+</translation>
    </message>
    <message>
        <source>Neighbourhood or address</source>
        <translation>Barrio o dirección</translation>
    </message>
    <message>
        <source>Spanish, Portuguese (comma separated)</source>
        <translation>Español, portugués (separados por comas)</translation>
    </message>
    <message>
        <source>Languages with interpreters</source>
        <translation>Idiomas con intérpretes</translation>
    </message>
    <message>
        <source>Behavioral health, pharmacy (comma separated)</source>
        <translation>Salud mental, farmacia (separados por comas)</translation>
    </message>
    <message>
        <source>Tracks trained here</source>
        <translation>Itinerarios que se forman aquí</translation>
    </message>
    <message>
        <source>A continuity site of %1</source>
        <translation>Un centro de continuidad de %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>Nombre &amp;corto:</translation>
    </message>
    <message>
        <source>&amp;Tracks trained here:</source>
        <translation>&amp;Itinerarios que se forman aquí:</translation>
    </message>
    <message>
        <source>&amp;Residents placed:</source>
        <translation>&amp;Residentes asignados:</translation>
    </message>
    <message>
        <source>&amp;Distance from campus:</source>
        <translation>&amp;Distancia al campus:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>Staff &amp;languages:</source>
        <translation>Idiomas del &amp;personal:</translation>
    </message>
    <message>
        <source>&amp;Interpreters:</source>
        <translation>In&amp;térpretes:</translation>
    </message>
    <message>
        <source>&amp;Services:</source>
        <translation>&amp;Servicios:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escripción:</translation>
    </message>
</context>
<context>
    <name>SnapshotChangesModel</name>
    <message numerus="yes">
        <source>▲ up %n</source>
        <translation>
            <numerusform>▲ sube %n puesto</numerusform>
            <numerusform>▲ sube %n puestos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▼ down %n</source>
        <translation>
            <numerusform>▼ baja %n puesto</numerusform>
            <numerusform>▼ baja %n puestos</numerusform>
        </translation>
    </message>
    <message>
        <source>added since</source>
        <translation>añadida desde entonces</translation>
    </message>
    <message>
        <source>removed since</source>
        <translation>quitada desde entonces</translation>
    </message>
    <message>
        <source>same place</source>
        <translation>mismo puesto</translation>
    </message>
    <message>
        <source>, pinned since</source>
        <translation>, fijada desde entonces</translation>
    </message>
    <message>
        <source>, unpinned since</source>
        <translation>, ya no fijada desde entonces</translation>
    </message>
    <message>
        <source>Program and track</source>
        <translation>Programa e itinerario</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Entonces</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
</context>
<context>
    <name>SnapshotModel</name>
    <message>
        <source>Same as now</source>
        <translation>Igual que ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n movida</numerusform>
            <numerusform>%n movidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n añadida</numerusform>
            <numerusform>%n añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n quitada</numerusform>
            <numerusform>%n quitadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Ranks</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>Cambios desde entonces</translation>
    </message>
</context>
<context>
    <name>SnapshotsPanel</name>
    <message>
        <source>&amp;Take snapshot</source>
        <translation>To&amp;mar instantánea</translation>
    </message>
    <message>
        <source>&amp;Restore this snapshot</source>
        <translation>&amp;Restaurar esta instantánea</translation>
    </message>
    <message>
        <source>Label (optional), e.g. after second looks</source>
        <translation>Etiqueta (opcional), p. ej., tras las segundas visitas</translation>
    </message>
    <message>
        <source>Snapshot label</source>
        <translation>Etiqueta de la instantánea</translation>
    </message>
    <message>
        <source>Put this order back (your current order is snapshotted first, and Undo takes you back)</source>
        <translation>Volver a este orden (antes se toma una instantánea de tu orden actual, y Deshacer te devuelve a él)</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Instantáneas</translation>
    </message>
    <message>
        <source>Changes since the snapshot</source>
        <translation>Cambios desde la instantánea</translation>
    </message>
    <message>
        <source>What changed since the selected snapshot:</source>
        <translation>Qué ha cambiado desde la instantánea seleccionada:</translation>
    </message>
</context>
<context>
    <name>StabilityModel</name>
    <message>
        <source>Tied, and equal on every criterion</source>
        <translation>Empatadas e iguales en todos los criterios</translation>
    </message>
    <message>
        <source>Stable: no single weight change swaps them</source>
        <translation>Estables: ningún cambio de un solo peso las intercambia</translation>
    </message>
    <message>
        <source>Tied: raising the %1 weight at all swaps them</source>
        <translation>Empatadas: subir mínimamente el peso de %1 las intercambia</translation>
    </message>
    <message>
        <source>Tied: lowering the %1 weight at all swaps them</source>
        <translation>Empatadas: bajar mínimamente el peso de %1 las intercambia</translation>
    </message>
    <message>
        <source>Would swap if %1 weight +%2</source>
        <translation>Se intercambiarían si el peso de %1 cambia +%2</translation>
    </message>
    <message>
        <source>Would swap if %1 weight −%2</source>
        <translation>Se intercambiarían si el peso de %1 cambia −%2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1–%2:  %3  ›  %4 — ahead by %5 points. %6.</source>
        <translation>%1–%2:  %3  ›  %4 — %5 puntos de ventaja. %6.</translation>
    </message>
    <message>
        <source>Score points between the two</source>
        <translation>Diferencia de puntos entre las dos</translation>
    </message>
    <message>
        <source>Changing that weight by this much makes the two scores equal; any further and they trade places. Weights are raw numbers, as in the Criteria tab.</source>
        <translation>Cambiar ese peso en esta cantidad iguala las dos puntuaciones; con un poco más, intercambian sus puestos. Los pesos son números sin normalizar, como en la pestaña Criterios.</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>Higher</source>
        <translation>Más arriba</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Más abajo</translation>
    </message>
    <message>
        <source>Ahead by</source>
        <translation>Ventaja</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Estabilidad</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Par</translation>
    </message>
</context>
<context>
    <name>TakeSnapshotCommand</name>
    <message>
        <source>Take snapshot</source>
        <translation>Tomar instantánea</translation>
    </message>
</context>
<context>
    <name>TrackDialog</name>
    <message>
        <source>Add a Track</source>
        <translation>Añadir un itinerario</translation>
    </message>
    <message>
        <source>Edit Track</source>
        <translation>Editar itinerario</translation>
    </message>
    <message>
        <source>e.g. Primary Care</source>
        <translation>p. ej., Atención primaria</translation>
    </message>
    <message>
        <source>Four digits (institution), three digits (specialty), a letter (position type) and a digit (track)</source>
        <translation>Cuatro dígitos (institución), tres dígitos (especialidad), una letra (tipo de plaza) y un dígito (itinerario)</translation>
    </message>
    <message>
        <source>e.g. 4+1</source>
        <translation>p. ej., 4+1</translation>
    </message>
    <message>
        <source>A track of %1</source>
        <translation>Un itinerario de %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>NRMP &amp;code:</source>
        <translation>&amp;Código NRMP:</translation>
    </message>
    <message>
        <source>&amp;Positions:</source>
        <translation>&amp;Plazas:</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>Ca&amp;lendario:</translation>
    </message>
    <message>
        <source>&amp;Ambulatory share:</source>
        <translation>Proporción &amp;ambulatoria:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Compare residency programs and build your rank list.</source>
        <translation>Compara programas de residencia y crea tu lista de clasificación.</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt;.</source>
        <translation>Abrir la base de datos en &lt;ruta&gt;.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>Print how long the window took to appear, then quit (for measuring start-up).</source>
        <translation>Mostrar cuánto tardó en aparecer la ventana y salir (para medir el arranque).</translation>
    </message>
    <message>
        <source>A classmate&apos;s note file (.rwnotes) to preview for import.</source>
        <translation>Un archivo de notas de un compañero (.rwnotes) que previsualizar para importarlo.</translation>
    </message>
</context>
<context>
    <name>rw::BackupStore</name>
    <message>
        <source>daily backup</source>
        <translation>copia diaria</translation>
    </message>
    <message>
        <source>backup before an upgrade</source>
        <translation>copia antes de una actualización</translation>
    </message>
    <message>
        <source>backup made on request</source>
        <translation>copia hecha a petición</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>copia de seguridad</translation>
    </message>
    <message>
        <source>“%1” does not exist; there is nothing to back up.</source>
        <translation>“%1” no existe; no hay nada de lo que hacer una copia de seguridad.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder “%1”.</source>
        <translation>No se puede crear la carpeta de copias de seguridad “%1”.</translation>
    </message>
    <message>
        <source>backing up “%1”</source>
        <translation>hacer la copia de seguridad de “%1”</translation>
    </message>
    <message>
        <source>The backup of “%1” did not pass its check (%2); it was not kept, and older backups were left as they were.</source>
        <translation>La copia de seguridad de “%1” no superó su comprobación (%2); no se conservó, y las copias anteriores se dejaron como estaban.</translation>
    </message>
    <message>
        <source>The new backup “%1” cannot be found.</source>
        <translation>No se encuentra la nueva copia de seguridad “%1”.</translation>
    </message>
    <message>
        <source>Cannot delete the old backup “%1”: %2</source>
        <translation>No se puede eliminar la copia de seguridad antigua “%1”: %2</translation>
    </message>
    <message>
        <source>There are no backups of “%1” in “%2”.</source>
        <translation>No hay copias de seguridad de “%1” en “%2”.</translation>
    </message>
    <message>
        <source>None of the backups of “%1” in “%2” passes the integrity check.</source>
        <translation>Ninguna de las copias de seguridad de “%1” en “%2” supera la comprobación de integridad.</translation>
    </message>
    <message>
        <source>There is no backup “%1” (looked for a file, and among the backups in “%2”).</source>
        <translation>No existe la copia de seguridad “%1” (se buscó un archivo con ese nombre y entre las copias de seguridad de “%2”).</translation>
    </message>
</context>
<context>
    <name>rw::CatalogReader</name>
    <message>
        <source>The bundled catalog is missing from this build.</source>
        <translation>Falta el catálogo incluido en esta compilación.</translation>
    </message>
    <message>
        <source>“%1”: keys starting with “%2” are reserved for the user&apos;s own programs</source>
        <translation>“%1”: las claves que empiezan por “%2” están reservadas para los programas propios del usuario</translation>
    </message>
    <message>
        <source>duplicate key “%1”</source>
        <translation>clave duplicada “%1”</translation>
    </message>
    <message>
        <source>must name where the fact comes from</source>
        <translation>debe indicar de dónde procede el dato</translation>
    </message>
    <message>
        <source>needs “min”, “max” or both</source>
        <translation>necesita “min”, “max” o ambos</translation>
    </message>
    <message>
        <source>“min” is larger than “max”</source>
        <translation>“min” es mayor que “max”</translation>
    </message>
    <message>
        <source>“%1” is not a valid key</source>
        <translation>“%1” no es una clave válida</translation>
    </message>
    <message>
        <source>duplicate institution key “%1”</source>
        <translation>clave de institución duplicada “%1”</translation>
    </message>
    <message>
        <source>“%1” is not a track key of program “%2” (expected %2.slug)</source>
        <translation>“%1” no es una clave de itinerario del programa “%2” (se esperaba %2.slug)</translation>
    </message>
    <message>
        <source>“%1” is not a track type (one of: %2)</source>
        <translation>“%1” no es un tipo de itinerario (debe ser uno de: %2)</translation>
    </message>
    <message>
        <source>“%1” is not a site key of program “%2” (expected %2@slug)</source>
        <translation>“%1” no es una clave de centro del programa “%2” (se esperaba %2@slug)</translation>
    </message>
    <message>
        <source>“%1” is not a track of this program</source>
        <translation>“%1” no es un itinerario de este programa</translation>
    </message>
    <message>
        <source>“%1” is not a count such as 60, 2-10 or 20+</source>
        <translation>“%1” no es una cantidad como 60, 2-10 o 20+</translation>
    </message>
    <message>
        <source>“%1” is not “staff” or “interpreter”</source>
        <translation>“%1” no es “staff” ni “interpreter”</translation>
    </message>
    <message>
        <source>“%1” is not “subspecialty”, “service” or “program”</source>
        <translation>“%1” no es “subspecialty”, “service” ni “program”</translation>
    </message>
    <message>
        <source>“%1” is not a feature key of program “%2” (expected %2#slug)</source>
        <translation>“%1” no es una clave de característica del programa “%2” (se esperaba %2#slug)</translation>
    </message>
    <message>
        <source>“%1” is not a curriculum category (one of: %2)</source>
        <translation>“%1” no es una categoría del plan de estudios (debe ser una de: %2)</translation>
    </message>
    <message>
        <source>“%1” is not a valid key (lower-case letters, digits and hyphens)</source>
        <translation>“%1” no es una clave válida (letras minúsculas, dígitos y guiones)</translation>
    </message>
    <message>
        <source>“%1” is not an institution listed in “institutions”</source>
        <translation>“%1” no es una institución de la lista “institutions”</translation>
    </message>
    <message>
        <source>must be an http or https address</source>
        <translation>debe ser una dirección http o https</translation>
    </message>
    <message>
        <source>“%1” is not a resource listed in “resources”</source>
        <translation>“%1” no es un recurso de la lista “resources”</translation>
    </message>
    <message>
        <source>a program needs at least one track</source>
        <translation>un programa necesita al menos un itinerario</translation>
    </message>
    <message>
        <source>expected “rankwise-catalog” but found “%1”</source>
        <translation>se esperaba “rankwise-catalog”, pero se encontró “%1”</translation>
    </message>
    <message>
        <source>%1: the catalog is larger than %2 MB.</source>
        <translation>%1: el catálogo ocupa más de %2 MB.</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte offset %2: %3.</source>
        <translation>%1: JSON no válido en el byte %2: %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>must name where the field comes from</source>
        <translation>debe indicar de dónde procede el campo</translation>
    </message>
    <message>
        <source>version %1 is not supported (this Rankwise reads versions 1 to %2)</source>
        <translation>la versión %1 no es compatible (esta versión de Rankwise lee de la 1 a la %2)</translation>
    </message>
</context>
<context>
    <name>rw::CatalogRepository</name>
    <message>
        <source>saving institution “%1”</source>
        <translation>guardar la institución “%1”</translation>
    </message>
    <message>
        <source>saving resource “%1”</source>
        <translation>guardar el recurso “%1”</translation>
    </message>
    <message>
        <source>saving program “%1”</source>
        <translation>guardar el programa “%1”</translation>
    </message>
    <message>
        <source>saving track “%1”</source>
        <translation>guardar el itinerario “%1”</translation>
    </message>
    <message>
        <source>saving continuity site “%1”</source>
        <translation>guardar el centro de continuidad “%1”</translation>
    </message>
    <message>
        <source>replacing curriculum features</source>
        <translation>sustituir las características del plan de estudios</translation>
    </message>
    <message>
        <source>saving feature “%1”</source>
        <translation>guardar la característica “%1”</translation>
    </message>
    <message>
        <source>marking withdrawn catalog entries</source>
        <translation>marcar como retiradas las entradas del catálogo</translation>
    </message>
</context>
<context>
    <name>rw::CatalogUpdater</name>
    <message>
        <source>The catalog&apos;s track key “%1” is taken by a track you added.</source>
        <translation>La clave de itinerario “%1” del catálogo ya la usa un itinerario que añadiste tú.</translation>
    </message>
    <message>
        <source>The catalog&apos;s site key “%1” is taken by a site you added.</source>
        <translation>La clave de centro “%1” del catálogo ya la usa un centro que añadiste tú.</translation>
    </message>
    <message>
        <source>The catalog&apos;s program key “%1” is taken by a program you added.</source>
        <translation>La clave de programa “%1” del catálogo ya la usa un programa que añadiste tú.</translation>
    </message>
</context>
<context>
    <name>rw::Comparison</name>
    <message>
        <source>There is no track with the key “%1”.</source>
        <translation>No hay ningún itinerario con la clave “%1”.</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>City, state</source>
        <translation>Ciudad, estado</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Itinerarios</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Ambulatory share</source>
        <translation>Proporción ambulatoria</translation>
    </message>
    <message>
        <source>Ambulatory months</source>
        <translation>Meses ambulatorios</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Number of sites</source>
        <translation>Número de centros</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Centros</translation>
    </message>
    <message>
        <source>Residents placed</source>
        <translation>Residentes asignados</translation>
    </message>
    <message>
        <source>Distance from campus</source>
        <translation>Distancia al campus</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Continuity sites</source>
        <translation>Centros de continuidad</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Plan de estudios</translation>
    </message>
</context>
<context>
    <name>rw::Criterion</name>
    <message>
        <source>Fact: %1</source>
        <translation>Dato: %1</translation>
    </message>
    <message>
        <source>Feature: %1</source>
        <translation>Característica: %1</translation>
    </message>
    <message>
        <source>Your rating (1–5)</source>
        <translation>Tu valoración (1–5)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Program culture</source>
        <translation>Cultura del programa</translation>
    </message>
    <message>
        <source>Ambulatory training</source>
        <translation>Formación ambulatoria</translation>
    </message>
    <message>
        <source>Continuity site</source>
        <translation>Centro de continuidad</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Abogacía en salud</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Investigación</translation>
    </message>
    <message>
        <source>Fellowship prospects</source>
        <translation>Perspectivas de fellowship</translation>
    </message>
    <message>
        <source>Wellness</source>
        <translation>Bienestar</translation>
    </message>
    <message>
        <source>Gut feeling</source>
        <translation>Intuición</translation>
    </message>
    <message>
        <source>Ambulatory share</source>
        <translation>Proporción ambulatoria</translation>
    </message>
    <message>
        <source>Continuity sites</source>
        <translation>Centros de continuidad</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <source>Ambulatory months</source>
        <translation>Meses ambulatorios</translation>
    </message>
    <message>
        <source>“%1” is not a criterion kind: use rating, attribute:FIELD or feature:CATEGORY.</source>
        <translation>“%1” no es un tipo de criterio: usa rating, attribute:FIELD o feature:CATEGORY.</translation>
    </message>
    <message>
        <source>A rating criterion takes no parameter (“%1”).</source>
        <translation>Un criterio de valoración no admite ningún parámetro (“%1”).</translation>
    </message>
    <message>
        <source>“%1” is not a program fact a criterion can use; use one of: %2.</source>
        <translation>“%1” no es un dato del programa que pueda usar un criterio; usa uno de: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a curriculum category; use one of: %2.</source>
        <translation>“%1” no es una categoría del plan de estudios; usa una de: %2.</translation>
    </message>
    <message>
        <source>A criterion needs a name.</source>
        <translation>Un criterio necesita un nombre.</translation>
    </message>
    <message>
        <source>A criterion name can have at most %1 characters.</source>
        <translation>El nombre de un criterio puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A criterion name cannot contain control characters.</source>
        <translation>El nombre de un criterio no puede contener caracteres de control.</translation>
    </message>
    <message>
        <source>A weight must be a number from 0 to %1, not %2.</source>
        <translation>Un peso debe ser un número de 0 a %1, no %2.</translation>
    </message>
    <message>
        <source>A weight must be a number from 0 to %1, not “%2”.</source>
        <translation>Un peso debe ser un número de 0 a %1, no “%2”.</translation>
    </message>
</context>
<context>
    <name>rw::CriterionRepository</name>
    <message>
        <source>reading criteria</source>
        <translation>leer los criterios</translation>
    </message>
    <message>
        <source>There is no criterion with the id %1.</source>
        <translation>No hay ningún criterio con el id %1.</translation>
    </message>
    <message>
        <source>There is no criterion named “%1”: no criteria are defined yet.</source>
        <translation>No hay ningún criterio llamado “%1”: aún no hay criterios definidos.</translation>
    </message>
    <message>
        <source>There is no criterion named “%1”. The criteria are: %2.</source>
        <translation>No hay ningún criterio llamado “%1”. Los criterios son: %2.</translation>
    </message>
    <message>
        <source>There is already a criterion named “%1”.</source>
        <translation>Ya existe un criterio llamado “%1”.</translation>
    </message>
    <message>
        <source>saving the criterion “%1”</source>
        <translation>guardar el criterio “%1”</translation>
    </message>
    <message>
        <source>restoring the criterion “%1”</source>
        <translation>restaurar el criterio “%1”</translation>
    </message>
    <message>
        <source>restoring ratings</source>
        <translation>restaurar las valoraciones</translation>
    </message>
    <message>
        <source>saving the weight</source>
        <translation>guardar el peso</translation>
    </message>
    <message>
        <source>renaming the criterion</source>
        <translation>renombrar el criterio</translation>
    </message>
    <message>
        <source>saving the direction</source>
        <translation>guardar el sentido</translation>
    </message>
    <message>
        <source>deleting the criterion</source>
        <translation>eliminar el criterio</translation>
    </message>
    <message>
        <source>A rating must be a whole number from 1 to 5, not %1.</source>
        <translation>Una valoración debe ser un número entero de 1 a 5, no %1.</translation>
    </message>
    <message>
        <source>A rating must be a whole number from 1 to 5, or “none” to clear it; “%1” is not.</source>
        <translation>Una valoración debe ser un número entero de 1 a 5, o “none” para borrarla; “%1” no lo es.</translation>
    </message>
    <message>
        <source>“%1” is not rated by you: its values come from the program facts (%2).</source>
        <translation>“%1” no lo valoras tú: sus valores proceden de los datos del programa (%2).</translation>
    </message>
    <message>
        <source>reading tracks</source>
        <translation>leer los itinerarios</translation>
    </message>
    <message>
        <source>There is no track with the id %1.</source>
        <translation>No hay ningún itinerario con el id %1.</translation>
    </message>
    <message>
        <source>saving the rating</source>
        <translation>guardar la valoración</translation>
    </message>
    <message>
        <source>clearing the rating</source>
        <translation>borrar la valoración</translation>
    </message>
    <message>
        <source>reading ratings</source>
        <translation>leer las valoraciones</translation>
    </message>
    <message>
        <source>saving ratings</source>
        <translation>guardar las valoraciones</translation>
    </message>
</context>
<context>
    <name>rw::CsvColumns</name>
    <message>
        <source>Ignored</source>
        <translation>Ignorada</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <source>NRMP code</source>
        <translation>Código NRMP</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Score (not imported)</source>
        <translation>Puntuación (no se importa)</translation>
    </message>
    <message>
        <source>Rating criterion</source>
        <translation>Criterio de valoración</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>lo elegiste tú</translation>
    </message>
    <message>
        <source>computed by Rankwise from your ratings and weights: not read</source>
        <translation>la calcula Rankwise a partir de tus valoraciones y pesos: no se lee</translation>
    </message>
    <message>
        <source>named by its header</source>
        <translation>según su encabezado</translation>
    </message>
    <message>
        <source>named a rating by its header</source>
        <translation>valoración según su encabezado</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>sin encabezado</translation>
    </message>
    <message>
        <source>holds text such as “%1”, not ratings 1 to 5</source>
        <translation>contiene texto como “%1”, no valoraciones de 1 a 5</translation>
    </message>
    <message>
        <source>holds numbers such as %1, mostly outside 1 to 5</source>
        <translation>contiene números como %1, en su mayoría fuera del intervalo de 1 a 5</translation>
    </message>
    <message>
        <source>empty: a criterion with no ratings yet</source>
        <translation>vacía: un criterio aún sin valoraciones</translation>
    </message>
    <message>
        <source>values 1 to 5: a criterion you rate</source>
        <translation>valores de 1 a 5: un criterio que valoras tú</translation>
    </message>
</context>
<context>
    <name>rw::CsvImportPlan</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>No problem to report.</source>
        <translation>No hay ningún problema del que informar.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(y %n problema más)</numerusform>
            <numerusform>(y %n problemas más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s):</source>
        <translation>
            <numerusform>%n fila:</numerusform>
            <numerusform>%n filas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched by NRMP code</source>
        <translation>
            <numerusform>%n emparejada por código NRMP</numerusform>
            <numerusform>%n emparejadas por código NRMP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched by names</source>
        <translation>
            <numerusform>%n emparejada por nombres</numerusform>
            <numerusform>%n emparejadas por nombres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new program(s) of your own</source>
        <translation>
            <numerusform>%n programa propio nuevo</numerusform>
            <numerusform>%n programas propios nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new track(s) on existing programs</source>
        <translation>
            <numerusform>%n itinerario nuevo en programas existentes</numerusform>
            <numerusform>%n itinerarios nuevos en programas existentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating criteria: %1</source>
        <translation>Criterios de valoración: %1</translation>
    </message>
    <message>
        <source>(%1 new, weight 1)</source>
        <translation>(nuevos: %1, con peso 1)</translation>
    </message>
    <message numerus="yes">
        <source>%n new rating(s)</source>
        <translation>
            <numerusform>%n valoración nueva</numerusform>
            <numerusform>%n valoraciones nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modificada</numerusform>
            <numerusform>%n modificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaces the order of the list “%1” (%n entries; a snapshot of it is taken first) with %2 ranks.</source>
        <translation>
            <numerusform>Sustituye el orden de la lista “%1” (%n entrada; antes se toma una instantánea) por %2 puestos.</numerusform>
            <numerusform>Sustituye el orden de la lista “%1” (%n entradas; antes se toma una instantánea) por %2 puestos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Creates the list “%1” with %n rank(s).</source>
        <translation>
            <numerusform>Crea la lista “%1” con %n puesto.</numerusform>
            <numerusform>Crea la lista “%1” con %n puestos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a rank stay off the list.</source>
        <translation>
            <numerusform>%n fila sin puesto se queda fuera de la lista.</numerusform>
            <numerusform>%n filas sin puesto se quedan fuera de la lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Rank column is not used: no list was named.</source>
        <translation>La columna Rank no se usa: no se indicó ninguna lista.</translation>
    </message>
</context>
<context>
    <name>rw::CsvImporter</name>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>A track of “%1” was not stored.</source>
        <translation>No se guardó un itinerario de “%1”.</translation>
    </message>
    <message>
        <source>Before importing %1</source>
        <translation>Antes de importar %1</translation>
    </message>
    <message>
        <source>a second column for the criterion “%1” (the first is column %2)</source>
        <translation>una segunda columna para el criterio “%1” (la primera es la columna %2)</translation>
    </message>
    <message>
        <source>a second %1 column (the first is column %2)</source>
        <translation>una segunda columna de tipo %1 (la primera es la columna %2)</translation>
    </message>
    <message>
        <source>no Program column. The header row is “%1”; name the column of program names “Program”.</source>
        <translation>no hay ninguna columna Program. La fila de encabezado es “%1”; pon “Program” como encabezado de la columna con los nombres de los programas.</translation>
    </message>
    <message>
        <source>the criterion “%1” exists here and is not rated by you (%2); rename the column or choose another role for it</source>
        <translation>el criterio “%1” ya existe aquí y no lo valoras tú (%2); cambia el nombre de la columna o elige otro rol para ella</translation>
    </message>
    <message numerus="yes">
        <source>%n characters; at most %1 fit here</source>
        <translation>
            <numerusform>%n carácter; aquí caben como máximo %1</numerusform>
            <numerusform>%n caracteres; aquí caben como máximo %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no program name</source>
        <translation>falta el nombre del programa</translation>
    </message>
    <message>
        <source>the NRMP code %1 is also on line %2; each track has its own code</source>
        <translation>el código NRMP %1 también está en la línea %2; cada itinerario tiene su propio código</translation>
    </message>
    <message>
        <source>the rank “%1” is not a whole number from 1 to %2</source>
        <translation>el puesto “%1” no es un número entero de 1 a %2</translation>
    </message>
    <message>
        <source>rank %1 is also on line %2; a rank order list has no ties</source>
        <translation>el puesto %1 también está en la línea %2; una lista de clasificación no admite empates</translation>
    </message>
    <message>
        <source>“%1” is not a rating of “%2”: use a whole number from 1 to 5, or leave the cell blank</source>
        <translation>“%1” no es una valoración de “%2”: usa un número entero de 1 a 5 o deja la celda en blanco</translation>
    </message>
    <message>
        <source>the file calls its program “%1”</source>
        <translation>el archivo llama a su programa “%1”</translation>
    </message>
    <message numerus="yes">
        <source>“%1” names %n programs here (sponsored by %2); add an Institution column or the track&apos;s NRMP code</source>
        <translation>
            <numerusform>“%1” es el nombre de %n programa de aquí (patrocinado por %2); añade una columna Institution o el código NRMP del itinerario</numerusform>
            <numerusform>“%1” es el nombre de %n programas de aquí (patrocinados por %2); añade una columna Institution o el código NRMP del itinerario</numerusform>
        </translation>
    </message>
    <message>
        <source>the file&apos;s NRMP code %1 is not stored</source>
        <translation>el código NRMP %1 del archivo no está guardado</translation>
    </message>
    <message>
        <source>here its NRMP code is %1, not the file&apos;s %2</source>
        <translation>aquí su código NRMP es %1, no el %2 del archivo</translation>
    </message>
    <message>
        <source>“%1” has several tracks here (%2); name one in a Track column</source>
        <translation>“%1” tiene aquí varios itinerarios (%2); indica uno en una columna Track</translation>
    </message>
    <message>
        <source>no institution in the file: the program&apos;s name stands in</source>
        <translation>el archivo no indica la institución: se usa en su lugar el nombre del programa</translation>
    </message>
    <message>
        <source>the same track as line %1 (%2)</source>
        <translation>el mismo itinerario que la línea %1 (%2)</translation>
    </message>
    <message>
        <source>The list would have %1 ranks; the NRMP takes at most %2 on one list.</source>
        <translation>La lista tendría %1 puestos; el NRMP acepta como máximo %2 en una lista.</translation>
    </message>
</context>
<context>
    <name>rw::CsvReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB.</source>
        <translation>%1: el archivo ocupa más de %2 MB.</translation>
    </message>
    <message>
        <source>%1: the file is not valid UTF-8 (byte offset %2). Save it from your spreadsheet as “CSV UTF-8”.</source>
        <translation>%1: el archivo no es UTF-8 válido (byte %2). Guárdalo desde tu hoja de cálculo como “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>más de %1 columnas</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one; quote the whole field and double the inner quotes</source>
        <translation>hay una comilla dentro de un campo que no empieza con comilla; pon todo el campo entre comillas y duplica las comillas interiores</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>hay texto después de la comilla de cierre de un campo</translation>
    </message>
    <message>
        <source>the quote that opens this field is never closed</source>
        <translation>la comilla que abre este campo nunca se cierra</translation>
    </message>
    <message>
        <source>%1: the file is empty; it needs a header row.</source>
        <translation>%1: el archivo está vacío; necesita una fila de encabezado.</translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2</source>
        <translation>esta fila tiene %1 campos, pero el encabezado tiene %2</translation>
    </message>
    <message>
        <source>the header row has no column names; the first row must name the columns (Program, Institution, Rank…)</source>
        <translation>la fila de encabezado no tiene nombres de columna; la primera fila debe nombrar las columnas (Program, Institution, Rank…)</translation>
    </message>
</context>
<context>
    <name>rw::Database</name>
    <message>
        <source>reading %1</source>
        <translation>leer %1</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>el archivo es de solo lectura</translation>
    </message>
    <message>
        <source>its folder “%1” is read-only</source>
        <translation>su carpeta “%1” es de solo lectura</translation>
    </message>
    <message>
        <source>Could not finish %1: the disk is full. Nothing was changed; free some disk space and try again.</source>
        <translation>No se pudo terminar de %1: el disco está lleno. No se cambió nada; libera espacio en disco y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Could not finish %1: the database file cannot be written (%2). Nothing was changed.</source>
        <translation>No se pudo terminar de %1: no se puede escribir en el archivo de la base de datos (%2). No se cambió nada.</translation>
    </message>
    <message>
        <source>Could not finish %1: the database is busy in another Rankwise window or rankwise-cli (%2). Nothing was changed; try again.</source>
        <translation>No se pudo terminar de %1: la base de datos está ocupada en otra ventana de Rankwise o en rankwise-cli (%2). No se cambió nada; vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Could not finish %1: the database file is damaged (%2). Run “rankwise-cli check”, or restart Rankwise to restore a backup.</source>
        <translation>No se pudo terminar de %1: el archivo de la base de datos está dañado (%2). Ejecuta “rankwise-cli check”, o reinicia Rankwise para restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <source>Could not finish %1: the disk reported an error (%2).</source>
        <translation>No se pudo terminar de %1: el disco informó de un error (%2).</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Error de la base de datos al %1: %2</translation>
    </message>
    <message>
        <source>No database path given.</source>
        <translation>No se indicó la ruta de la base de datos.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>“%1” es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>“%1” uses an older database schema (%2) that must be upgraded, but it cannot be written: %3.</source>
        <translation>“%1” usa un esquema de base de datos antiguo (%2) que hay que actualizar, pero no se puede escribir en él: %3.</translation>
    </message>
    <message>
        <source>“%1” uses an older database schema (%2) and must be opened for writing once to be upgraded.</source>
        <translation>“%1” usa un esquema de base de datos antiguo (%2) y hay que abrirlo una vez con permiso de escritura para actualizarlo.</translation>
    </message>
    <message>
        <source>Could not back up “%1” before upgrading it to schema %2: %3 The file was left untouched.</source>
        <translation>No se pudo hacer una copia de seguridad de “%1” antes de actualizarlo al esquema %2: %3 El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” no existe.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>No se puede crear la carpeta “%1”.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>No se puede abrir “%1”: %2</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>leer la versión del esquema</translation>
    </message>
    <message>
        <source>opening “%1” for writing</source>
        <translation>abrir “%1” para escritura</translation>
    </message>
    <message>
        <source>the system does not allow writing to it</source>
        <translation>el sistema no permite escribir en él</translation>
    </message>
    <message>
        <source>switching to write-ahead logging</source>
        <translation>activar el registro de escritura anticipada (WAL)</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>Falló la actualización de la base de datos al esquema %1: %2</translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation>se abrió solo para lectura</translation>
    </message>
    <message>
        <source>Cannot save to “%1”: it is open read-only because %2. Nothing was changed.</source>
        <translation>No se puede guardar en “%1”: está abierto en modo de solo lectura porque %2. No se cambió nada.</translation>
    </message>
    <message>
        <source>starting to save</source>
        <translation>empezar a guardar</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>guardar</translation>
    </message>
    <message>
        <source>saving a setting</source>
        <translation>guardar un ajuste</translation>
    </message>
</context>
<context>
    <name>rw::DatabaseCheck</name>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation>“%1” está dañado: %2</translation>
    </message>
    <message>
        <source>broken reference: %1</source>
        <translation>referencia rota: %1</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” no existe.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>“%1” es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” está vacío.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>No se puede leer “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Rankwise database (it is not an SQLite file).</source>
        <translation>“%1” no es una base de datos de Rankwise (no es un archivo SQLite).</translation>
    </message>
    <message numerus="yes">
        <source>it is cut short after %n bytes.</source>
        <translation>
            <numerusform>se corta tras %n byte.</numerusform>
            <numerusform>se corta tras %n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>it is cut short (%1 of %2 bytes).</source>
        <translation>se corta antes de tiempo (%1 de %2 bytes).</translation>
    </message>
    <message>
        <source>SQLite cannot read it (%1).</source>
        <translation>SQLite no puede leerlo (%1).</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database but not a Rankwise database; it was left untouched.</source>
        <translation>“%1” es una base de datos SQLite, pero no de Rankwise; no se ha modificado.</translation>
    </message>
    <message>
        <source>a newer version of Rankwise</source>
        <translation>una versión más reciente de Rankwise</translation>
    </message>
    <message>
        <source>Rankwise %1</source>
        <translation>Rankwise %1</translation>
    </message>
    <message>
        <source>“%1” was written by %2 (database schema %3); this version (%4) reads schema %5 at most. Update Rankwise to open it; the file was left untouched.</source>
        <translation>“%1” lo escribió %2 (esquema de base de datos %3); esta versión (%4) lee como máximo el esquema %5. Actualiza Rankwise para abrirlo; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>SQLite’s check found problems (%1).</source>
        <translation>la comprobación de SQLite encontró problemas (%1).</translation>
    </message>
</context>
<context>
    <name>rw::DisplayFormat</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 meses</translation>
    </message>
    <message>
        <source>%1 mi</source>
        <translation>%1 mi</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n centro</numerusform>
            <numerusform>%n centros</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 positions</source>
        <translation>%1 plazas</translation>
    </message>
</context>
<context>
    <name>rw::FeatureCategory</name>
    <message>
        <source>Ambulatory training</source>
        <translation>Formación ambulatoria</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Abogacía en salud</translation>
    </message>
    <message>
        <source>Global health</source>
        <translation>Salud global</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Investigación</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Liderazgo</translation>
    </message>
    <message>
        <source>Electives</source>
        <translation>Rotaciones optativas</translation>
    </message>
    <message>
        <source>Self-design and away rotations</source>
        <translation>Rotaciones a medida y externas</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>Sesiones docentes</translation>
    </message>
    <message>
        <source>Retreats and cohort</source>
        <translation>Retiros y vida de grupo</translation>
    </message>
    <message>
        <source>Mentoring and careers</source>
        <translation>Mentoría y orientación profesional</translation>
    </message>
    <message>
        <source>Medical education</source>
        <translation>Educación médica</translation>
    </message>
    <message>
        <source>Quality improvement</source>
        <translation>Mejora de la calidad</translation>
    </message>
    <message>
        <source>Population health and policy</source>
        <translation>Salud poblacional y políticas sanitarias</translation>
    </message>
    <message>
        <source>Wellness and benefits</source>
        <translation>Bienestar y prestaciones</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
</context>
<context>
    <name>rw::FileIo</name>
    <message>
        <source>There is no file “%1”.</source>
        <translation>No existe el archivo “%1”.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; it can be at most %3 MB.</source>
        <translation>“%1” ocupa %2 MB; puede ocupar como máximo %3 MB.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>No se puede leer “%1”: %2.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>No se puede escribir “%1”: %2.</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2.</source>
        <translation>No se puede guardar “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>rw::FileSync</name>
    <message>
        <source>Cannot open “%1” to save it to disk: %2</source>
        <translation>No se puede abrir “%1” para guardarlo en disco: %2</translation>
    </message>
    <message>
        <source>Cannot save “%1” to disk: %2</source>
        <translation>No se puede guardar “%1” en disco: %2</translation>
    </message>
    <message>
        <source>Cannot open the folder “%1”: %2</source>
        <translation>No se puede abrir la carpeta “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot save the folder “%1” to disk: %2</source>
        <translation>No se puede guardar la carpeta “%1” en disco: %2</translation>
    </message>
    <message>
        <source>“%1” already exists; it was not replaced.</source>
        <translation>“%1” ya existe; no se ha reemplazado.</translation>
    </message>
    <message>
        <source>Cannot rename “%1” to “%2”: %3</source>
        <translation>No se puede cambiar el nombre de “%1” a “%2”: %3</translation>
    </message>
</context>
<context>
    <name>rw::JsonObjectReader</name>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>se esperaba una cadena</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>se esperaba un número</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>debe estar entre %1 y %2</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>se esperaba un número entero</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>se esperaba un array</translation>
    </message>
    <message>
        <source>has %1 entries; at most %2 are allowed</source>
        <translation>tiene %1 entradas; se permiten como máximo %2</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>no es un campo conocido</translation>
    </message>
</context>
<context>
    <name>rw::JsonPrecheck</name>
    <message>
        <source>byte %1 (line %2, column %3)</source>
        <translation>byte %1 (línea %2, columna %3)</translation>
    </message>
    <message>
        <source>invalid UTF-8 at %1: note files must be UTF-8 text</source>
        <translation>UTF-8 no válido en %1: los archivos de notas deben ser texto UTF-8</translation>
    </message>
    <message>
        <source>an unpaired surrogate escape (\u%1) at %2 is not a character</source>
        <translation>un escape de sustituto sin pareja (\u%1) en %2 no es un carácter</translation>
    </message>
    <message>
        <source>the field “%1” appears twice in one object at %2</source>
        <translation>el campo “%1” aparece dos veces en un mismo objeto en %2</translation>
    </message>
    <message>
        <source>nesting deeper than the format allows (at most %1 levels) at %2</source>
        <translation>anidamiento más profundo de lo que permite el formato (como máximo %1 niveles) en %2</translation>
    </message>
</context>
<context>
    <name>rw::NameRepository</name>
    <message>
        <source>reading programs</source>
        <translation>leer los programas</translation>
    </message>
    <message>
        <source>reading tracks</source>
        <translation>leer los itinerarios</translation>
    </message>
    <message>
        <source>reading continuity sites</source>
        <translation>leer los centros de continuidad</translation>
    </message>
</context>
<context>
    <name>rw::NoteRepository</name>
    <message>
        <source>“%1” is not a program, track or site key.</source>
        <translation>“%1” no es una clave de programa, itinerario ni centro.</translation>
    </message>
    <message>
        <source>finding “%1”</source>
        <translation>buscar “%1”</translation>
    </message>
    <message>
        <source>There is no %1 with the key “%2”.</source>
        <translation>No hay ningún elemento de tipo %1 con la clave “%2”.</translation>
    </message>
    <message>
        <source>A note can hold at most %1 KB of text.</source>
        <translation>Una nota puede contener como máximo %1 KB de texto.</translation>
    </message>
    <message>
        <source>saving the note</source>
        <translation>guardar la nota</translation>
    </message>
    <message>
        <source>restoring the note</source>
        <translation>restaurar la nota</translation>
    </message>
    <message>
        <source>There is no note of yours with the id %1.</source>
        <translation>No hay ninguna nota tuya con el id %1.</translation>
    </message>
    <message>
        <source>deleting the note</source>
        <translation>eliminar la nota</translation>
    </message>
    <message>
        <source>reading notes</source>
        <translation>leer las notas</translation>
    </message>
    <message>
        <source>There is no note with the id %1.</source>
        <translation>No hay ninguna nota con el id %1.</translation>
    </message>
    <message>
        <source>reading your notes on the list</source>
        <translation>leer tus notas sobre la lista</translation>
    </message>
</context>
<context>
    <name>rw::NoteRowProvider</name>
    <message>
        <source>Your notes</source>
        <translation>Tus notas</translation>
    </message>
    <message>
        <source>Classmates’ notes</source>
        <translation>Notas de compañeros</translation>
    </message>
    <message>
        <source>%1 track</source>
        <translation>itinerario %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>sobre %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>rw::NoteTemplates</name>
    <message>
        <source>Interview day</source>
        <translation>Día de entrevista</translation>
    </message>
    <message>
        <source>Interview day, %1</source>
        <translation>Día de entrevista, %1</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impresiones</translation>
    </message>
    <message>
        <source>Pros</source>
        <translation>Pros</translation>
    </message>
    <message>
        <source>Cons</source>
        <translation>Contras</translation>
    </message>
    <message>
        <source>Questions to follow up</source>
        <translation>Preguntas pendientes</translation>
    </message>
    <message>
        <source>Residents’ mood</source>
        <translation>Ánimo de los residentes</translation>
    </message>
    <message>
        <source>People I met</source>
        <translation>Personas que conocí</translation>
    </message>
    <message>
        <source>Pros and cons</source>
        <translation>Pros y contras</translation>
    </message>
    <message>
        <source>Deal breakers</source>
        <translation>Motivos de descarte</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Preguntas que hacer</translation>
    </message>
    <message>
        <source>For the program director</source>
        <translation>Para el/la director/a del programa</translation>
    </message>
    <message>
        <source>For residents</source>
        <translation>Para los residentes</translation>
    </message>
    <message>
        <source>About the continuity clinic</source>
        <translation>Sobre la clínica de continuidad</translation>
    </message>
    <message>
        <source>Residents’ mood, %1</source>
        <translation>Ánimo de los residentes, %1</translation>
    </message>
    <message>
        <source>How they talked about the program</source>
        <translation>Cómo hablaban del programa</translation>
    </message>
    <message>
        <source>Workload and wellness</source>
        <translation>Carga de trabajo y bienestar</translation>
    </message>
    <message>
        <source>Would they choose it again?</source>
        <translation>¿Lo volverían a elegir?</translation>
    </message>
</context>
<context>
    <name>rw::NotesExporter</name>
    <message>
        <source>There is no list named “%1”: you have no rank lists yet.</source>
        <translation>No hay ninguna lista llamada “%1”: aún no tienes listas de clasificación.</translation>
    </message>
    <message>
        <source>There is no list named “%1”. Your lists: %2.</source>
        <translation>No hay ninguna lista llamada “%1”. Tus listas: %2.</translation>
    </message>
    <message>
        <source>Choose at least one program to share notes on.</source>
        <translation>Elige al menos un programa cuyas notas compartir.</translation>
    </message>
    <message>
        <source>There is no program with the key “%1”.</source>
        <translation>No hay ningún programa con la clave “%1”.</translation>
    </message>
    <message>
        <source>Say who the notes are from: give the name your classmates will see.</source>
        <translation>Indica de quién son las notas: escribe el nombre que verán tus compañeros.</translation>
    </message>
</context>
<context>
    <name>rw::NotesFileReader</name>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>only a %1 target has this field</source>
        <translation>solo un destino de tipo %1 tiene este campo</translation>
    </message>
    <message>
        <source>expected a date and time with its offset, such as 2025-01-20T18:30:00Z, not %1</source>
        <translation>se esperaba una fecha y hora con su desfase horario, como 2025-01-20T18:30:00Z, no %1</translation>
    </message>
    <message>
        <source>%1 is not a plausible date</source>
        <translation>%1 no es una fecha plausible</translation>
    </message>
    <message>
        <source>expected “program”, “track” or “site”, not %1</source>
        <translation>se esperaba “program”, “track” o “site”, no %1</translation>
    </message>
    <message>
        <source>expected “track”: ratings and list entries are about tracks</source>
        <translation>se esperaba “track”: las valoraciones y las entradas de lista se refieren a itinerarios</translation>
    </message>
    <message>
        <source>%1 is not a %2 key</source>
        <translation>%1 no es una clave de tipo %2</translation>
    </message>
    <message>
        <source>expected one of %1, not %2</source>
        <translation>se esperaba uno de %1, no %2</translation>
    </message>
    <message>
        <source>%1 is not an item id: use at most %2 letters, digits and . _ : -, starting with a letter or digit</source>
        <translation>%1 no es un id de elemento: usa como máximo %2 letras, dígitos y . _ : -, empezando por una letra o un dígito</translation>
    </message>
    <message>
        <source>%1 is used by two items (first by %2); item ids must be unique</source>
        <translation>%1 lo usan dos elementos (el primero, %2); los id de elemento deben ser únicos</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>se esperaba una cadena</translation>
    </message>
    <message>
        <source>the note has %1 characters; a note can hold at most 200 KB (%2 characters)</source>
        <translation>la nota tiene %1 caracteres; una nota puede contener como máximo 200 KB (%2 caracteres)</translation>
    </message>
    <message>
        <source>expected “rating”, “attribute” or “feature”, not %1</source>
        <translation>se esperaba “rating”, “attribute” o “feature”, no %1</translation>
    </message>
    <message>
        <source>expected “higher” or “lower”, not %1</source>
        <translation>se esperaba “higher” o “lower”, no %1</translation>
    </message>
    <message>
        <source>expected “primary” or “supplemental”, not %1</source>
        <translation>se esperaba “primary” o “supplemental”, no %1</translation>
    </message>
    <message>
        <source>the file is %1 bytes; a note file can be at most 20 MB</source>
        <translation>el archivo ocupa %1 bytes; un archivo de notas puede ocupar como máximo 20 MB</translation>
    </message>
    <message>
        <source>it is not JSON: %1 at %2</source>
        <translation>no es JSON: %1 en %2</translation>
    </message>
    <message>
        <source>$: expected a JSON object with “format”: “rankwise-notes”</source>
        <translation>$: se esperaba un objeto JSON con “format”: “rankwise-notes”</translation>
    </message>
    <message>
        <source>format: is missing; this is not a Rankwise note file</source>
        <translation>format: falta; esto no es un archivo de notas de Rankwise</translation>
    </message>
    <message>
        <source>format: expected “%1”, not %2; this is not a Rankwise note file</source>
        <translation>format: se esperaba “%1”, no %2; esto no es un archivo de notas de Rankwise</translation>
    </message>
    <message>
        <source>a non-string</source>
        <translation>algo que no es una cadena</translation>
    </message>
    <message>
        <source>version: is missing</source>
        <translation>version: falta</translation>
    </message>
    <message>
        <source>version: expected a whole number such as %1</source>
        <translation>version: se esperaba un número entero, como %1</translation>
    </message>
    <message>
        <source>version: the file is in version %1 of the note format, written by a newer Rankwise; this Rankwise reads version %2</source>
        <translation>version: el archivo está en la versión %1 del formato de notas, escrito por un Rankwise más reciente; este Rankwise lee la versión %2</translation>
    </message>
    <message>
        <source>“%1” is not a valid note file: %2.</source>
        <translation>“%1” no es un archivo de notas válido: %2.</translation>
    </message>
</context>
<context>
    <name>rw::NotesImporter</name>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Unchanged (the stored copy is newer)</source>
        <translation>Sin cambios (la copia guardada es más reciente)</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>New, with its program added</source>
        <translation>Nueva, con su programa añadido</translation>
    </message>
    <message>
        <source>The file does not name its author usably (%1) Choose a name for the classmate.</source>
        <translation>El archivo no indica su autor de forma utilizable (%1). Elige un nombre para el compañero.</translation>
    </message>
    <message>
        <source>Unnamed program</source>
        <translation>Programa sin nombre</translation>
    </message>
    <message>
        <source>Unnamed institution</source>
        <translation>Institución sin nombre</translation>
    </message>
    <message>
        <source>Unnamed track</source>
        <translation>Itinerario sin nombre</translation>
    </message>
    <message>
        <source>Main track</source>
        <translation>Itinerario principal</translation>
    </message>
    <message>
        <source>Adding “%1” as your own program failed: %2</source>
        <translation>No se pudo añadir “%1” como programa propio: %2</translation>
    </message>
    <message>
        <source>Unnamed site</source>
        <translation>Centro sin nombre</translation>
    </message>
</context>
<context>
    <name>rw::NrmpCode</name>
    <message>
        <source>“%1” is not an NRMP code: it needs four digits (institution), three digits (specialty), a letter (position type) and a digit (track), as in 1234140C0.</source>
        <translation>“%1” no es un código NRMP: necesita cuatro dígitos (institución), tres dígitos (especialidad), una letra (tipo de plaza) y un dígito (itinerario), como en 1234140C0.</translation>
    </message>
</context>
<context>
    <name>rw::NrmpRules</name>
    <message numerus="yes">
        <source>This list ranks %n NRMP program codes; the registration fee covers 20, and each one past that costs an extra fee (every track has its own code).</source>
        <translation>
            <numerusform>Esta lista clasifica %n código de programa NRMP; la cuota de inscripción cubre 20, y cada uno por encima de esa cifra tiene un coste adicional (cada itinerario tiene su propio código).</numerusform>
            <numerusform>Esta lista clasifica %n códigos de programa NRMP; la cuota de inscripción cubre 20, y cada uno por encima de esa cifra tiene un coste adicional (cada itinerario tiene su propio código).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This list has %n ranks, more than 100: check that this is what you mean (the NRMP allows at most 300).</source>
        <translation>
            <numerusform>Esta lista tiene %n puesto, más de 100: comprueba que es lo que quieres (el NRMP permite como máximo 300).</numerusform>
            <numerusform>Esta lista tiene %n puestos, más de 100: comprueba que es lo que quieres (el NRMP permite como máximo 300).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (rank %2): %3</source>
        <translation>%1 (puesto %2): %3</translation>
    </message>
    <message>
        <source>%1 (rank %2) is no longer offered: it was withdrawn from the catalog or deleted. It is kept here but not scored.</source>
        <translation>%1 (puesto %2) ya no se ofrece: se retiró del catálogo o se eliminó. Se conserva aquí, pero no se puntúa.</translation>
    </message>
    <message>
        <source>The NRMP accepts at most %1 ranks on a list; “%2” would be rank %3.</source>
        <translation>El NRMP acepta como máximo %1 puestos en una lista; “%2” sería el puesto %3.</translation>
    </message>
</context>
<context>
    <name>rw::PdfReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot start a PDF in “%1”.</source>
        <translation>No se puede iniciar un PDF en “%1”.</translation>
    </message>
    <message>
        <source>Cannot start page %1.</source>
        <translation>No se puede empezar la página %1.</translation>
    </message>
    <message>
        <source>Cannot start printing: the printer is not ready.</source>
        <translation>No se puede empezar a imprimir: la impresora no está lista.</translation>
    </message>
</context>
<context>
    <name>rw::PeerRepository</name>
    <message>
        <source>A name must not be empty.</source>
        <translation>El nombre no puede estar vacío.</translation>
    </message>
    <message>
        <source>A name can be at most %1 characters.</source>
        <translation>Un nombre puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A name cannot hold control or text-direction characters.</source>
        <translation>Un nombre no puede contener caracteres de control ni de dirección del texto.</translation>
    </message>
    <message>
        <source>A name cannot start or end with a space.</source>
        <translation>Un nombre no puede empezar ni terminar con un espacio.</translation>
    </message>
    <message>
        <source>reading classmates</source>
        <translation>leer los compañeros</translation>
    </message>
    <message>
        <source>finding the classmate “%1”</source>
        <translation>buscar al compañero “%1”</translation>
    </message>
    <message>
        <source>There is no classmate named “%1”: no note file has been imported yet.</source>
        <translation>No hay ningún compañero llamado “%1”: aún no se ha importado ningún archivo de notas.</translation>
    </message>
    <message>
        <source>There is no classmate named “%1”. Known: %2.</source>
        <translation>No hay ningún compañero llamado “%1”. Conocidos: %2.</translation>
    </message>
    <message>
        <source>removing the classmate&apos;s notes</source>
        <translation>quitar las notas del compañero</translation>
    </message>
    <message>
        <source>reading the classmate</source>
        <translation>leer los datos del compañero</translation>
    </message>
    <message>
        <source>reading the classmate&apos;s notes</source>
        <translation>leer las notas del compañero</translation>
    </message>
    <message>
        <source>restoring the classmate</source>
        <translation>restaurar al compañero</translation>
    </message>
    <message>
        <source>restoring the classmate&apos;s notes</source>
        <translation>restaurar las notas del compañero</translation>
    </message>
    <message>
        <source>saving the classmate</source>
        <translation>guardar al compañero</translation>
    </message>
    <message>
        <source>saving the classmate&apos;s notes</source>
        <translation>guardar las notas del compañero</translation>
    </message>
</context>
<context>
    <name>rw::ProgramRepository</name>
    <message>
        <source>There is no track with the key “%1”.</source>
        <translation>No hay ningún itinerario con la clave “%1”.</translation>
    </message>
    <message>
        <source>There is no continuity site with the key “%1”.</source>
        <translation>No hay ningún centro de continuidad con la clave “%1”.</translation>
    </message>
    <message>
        <source>There is no program with the key “%1”.</source>
        <translation>No hay ningún programa con la clave “%1”.</translation>
    </message>
    <message>
        <source>choosing a key</source>
        <translation>elegir una clave</translation>
    </message>
    <message>
        <source>No free key for “%1”.</source>
        <translation>No hay ninguna clave libre para “%1”.</translation>
    </message>
    <message>
        <source>finding the institution</source>
        <translation>buscar la institución</translation>
    </message>
    <message>
        <source>adding the institution</source>
        <translation>añadir la institución</translation>
    </message>
    <message>
        <source>reading institutions</source>
        <translation>leer las instituciones</translation>
    </message>
    <message>
        <source>“%1” is not a program, track or site key.</source>
        <translation>“%1” no es una clave de programa, itinerario ni centro.</translation>
    </message>
    <message>
        <source>finding “%1”</source>
        <translation>buscar “%1”</translation>
    </message>
    <message>
        <source>“%1” comes from the bundled catalog and cannot be changed; you can annotate it with notes instead.</source>
        <translation>“%1” procede del catálogo incluido y no se puede cambiar; en su lugar, puedes anotarlo con notas.</translation>
    </message>
    <message>
        <source>checking NRMP codes</source>
        <translation>comprobar los códigos NRMP</translation>
    </message>
    <message>
        <source>The NRMP code %1 already belongs to the track “%2”.</source>
        <translation>El código NRMP %1 ya pertenece al itinerario “%2”.</translation>
    </message>
    <message>
        <source>checking names</source>
        <translation>comprobar los nombres</translation>
    </message>
    <message>
        <source>The program already has a track named “%1”.</source>
        <translation>El programa ya tiene un itinerario llamado “%1”.</translation>
    </message>
    <message>
        <source>The program already has a continuity site named “%1”.</source>
        <translation>El programa ya tiene un centro de continuidad llamado “%1”.</translation>
    </message>
    <message>
        <source>adding the track “%1”</source>
        <translation>añadir el itinerario “%1”</translation>
    </message>
    <message>
        <source>adding the program</source>
        <translation>añadir el programa</translation>
    </message>
    <message>
        <source>“%1” is not a program key.</source>
        <translation>“%1” no es una clave de programa.</translation>
    </message>
    <message>
        <source>saving the program</source>
        <translation>guardar el programa</translation>
    </message>
    <message>
        <source>adding the track</source>
        <translation>añadir el itinerario</translation>
    </message>
    <message>
        <source>“%1” is not a track key.</source>
        <translation>“%1” no es una clave de itinerario.</translation>
    </message>
    <message>
        <source>saving the track “%1”</source>
        <translation>guardar el itinerario “%1”</translation>
    </message>
    <message>
        <source>deleting the track</source>
        <translation>eliminar el itinerario</translation>
    </message>
    <message>
        <source>“%1” is the program’s only track; delete the program instead.</source>
        <translation>“%1” es el único itinerario del programa; elimina el programa en su lugar.</translation>
    </message>
    <message>
        <source>deleting “%1”</source>
        <translation>eliminar “%1”</translation>
    </message>
    <message>
        <source>“%1” comes from the bundled catalog and cannot be changed.</source>
        <translation>“%1” procede del catálogo incluido y no se puede cambiar.</translation>
    </message>
    <message>
        <source>restoring “%1”</source>
        <translation>restaurar “%1”</translation>
    </message>
    <message>
        <source>removing deleted entries</source>
        <translation>quitar las entradas eliminadas</translation>
    </message>
    <message>
        <source>removing unused institutions</source>
        <translation>quitar las instituciones que no se usan</translation>
    </message>
    <message>
        <source>reading programs</source>
        <translation>leer los programas</translation>
    </message>
    <message>
        <source>There is no resource with the key “%1”.</source>
        <translation>No hay ningún recurso con la clave “%1”.</translation>
    </message>
    <message>
        <source>saving the site “%1”</source>
        <translation>guardar el centro “%1”</translation>
    </message>
    <message>
        <source>Site “%1”: “%2” is not a track of this program.</source>
        <translation>Centro “%1”: “%2” no es un itinerario de este programa.</translation>
    </message>
    <message>
        <source>adding the site “%1”</source>
        <translation>añadir el centro “%1”</translation>
    </message>
    <message>
        <source>“%1” is not a continuity site key.</source>
        <translation>“%1” no es una clave de centro de continuidad.</translation>
    </message>
    <message>
        <source>%1 must be between 0 and %2.</source>
        <translation>%1 debe estar entre 0 y %2.</translation>
    </message>
    <message>
        <source>%1: the lower bound is above the upper bound.</source>
        <translation>%1: el límite inferior es mayor que el superior.</translation>
    </message>
    <message>
        <source>Positions must be between 0 and 1000.</source>
        <translation>Las plazas deben estar entre 0 y 1000.</translation>
    </message>
    <message>
        <source>A program needs a name.</source>
        <translation>Un programa necesita un nombre.</translation>
    </message>
    <message>
        <source>A program needs an institution.</source>
        <translation>Un programa necesita una institución.</translation>
    </message>
    <message>
        <source>The website must start with http:// or https://.</source>
        <translation>El sitio web debe empezar por http:// o https://.</translation>
    </message>
    <message>
        <source>Ambulatory share</source>
        <translation>Proporción ambulatoria</translation>
    </message>
    <message>
        <source>Ambulatory months</source>
        <translation>Meses ambulatorios</translation>
    </message>
    <message>
        <source>Every track needs a name.</source>
        <translation>Cada itinerario necesita un nombre.</translation>
    </message>
    <message>
        <source>Track “%1”: %2</source>
        <translation>Itinerario “%1”: %2</translation>
    </message>
    <message>
        <source>A program needs at least one track.</source>
        <translation>Un programa necesita al menos un itinerario.</translation>
    </message>
    <message>
        <source>The track name “%1” is used twice.</source>
        <translation>El nombre de itinerario “%1” se usa dos veces.</translation>
    </message>
    <message>
        <source>The NRMP code %1 is used by two tracks.</source>
        <translation>Dos itinerarios usan el código NRMP %1.</translation>
    </message>
    <message>
        <source>A continuity site needs a name.</source>
        <translation>Un centro de continuidad necesita un nombre.</translation>
    </message>
    <message>
        <source>Site “%1”: residents placed “%2” is not a number (12), a range (2-10) or an open range (20+).</source>
        <translation>Centro “%1”: el número de residentes asignados “%2” no es un número (12), un intervalo (2-10) ni un intervalo abierto (20+).</translation>
    </message>
    <message>
        <source>Site “%1”: the distance must be between 0 and 1000 miles.</source>
        <translation>Centro “%1”: la distancia debe estar entre 0 y 1000 millas.</translation>
    </message>
    <message>
        <source>Site “%1”: a language has no name.</source>
        <translation>Centro “%1”: un idioma no tiene nombre.</translation>
    </message>
    <message>
        <source>Site “%1”: a service has no name.</source>
        <translation>Centro “%1”: un servicio no tiene nombre.</translation>
    </message>
</context>
<context>
    <name>rw::RankList</name>
    <message>
        <source>Supplemental</source>
        <translation>Suplementaria</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
</context>
<context>
    <name>rw::RankListReport</name>
    <message>
        <source>supplemental list</source>
        <translation>lista suplementaria</translation>
    </message>
    <message>
        <source>primary list</source>
        <translation>lista principal</translation>
    </message>
    <message>
        <source>Rank Order List — %1</source>
        <translation>Lista de clasificación — %1</translation>
    </message>
    <message>
        <source>Rank Order List</source>
        <translation>Lista de clasificación</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Aspirante</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ranks</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Preparada</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Revisa: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more check(s); Rankwise lists them all on the Rank List page.</source>
        <translation>
            <numerusform>… y %n aviso más; Rankwise los muestra todos en la página Lista de clasificación.</numerusform>
            <numerusform>… y %n avisos más; Rankwise los muestra todos en la página Lista de clasificación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <source>NRMP code</source>
        <translation>Código NRMP</translation>
    </message>
    <message>
        <source>City, state</source>
        <translation>Ciudad, estado</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>This list has no entries yet.</source>
        <translation>Esta lista aún no tiene entradas.</translation>
    </message>
    <message>
        <source>%1 · %2 · prepared %3</source>
        <translation>%1 · %2 · preparada el %3</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · prepared %4</source>
        <translation>%1 · %2 · %3 · preparada el %4</translation>
    </message>
    <message>
        <source>No longer offered (withdrawn from the catalog or deleted): not scored.</source>
        <translation>Ya no se ofrece (retirado del catálogo o eliminado): no se puntúa.</translation>
    </message>
    <message>
        <source>Your note: %1</source>
        <translation>Tu nota: %1</translation>
    </message>
    <message>
        <source>(+%1 more)</source>
        <translation>(+%1 más)</translation>
    </message>
    <message>
        <source>Not scored: no value on any weighted criterion.</source>
        <translation>Sin puntuar: no tiene valor en ningún criterio con peso.</translation>
    </message>
    <message>
        <source>%1/5</source>
        <translation>%1/5</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 %2 (+%3)</source>
        <translation>%1 %2 (+%3)</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>sin valor: %1</translation>
    </message>
    <message>
        <source>Criteria and weights</source>
        <translation>Criterios y pesos</translation>
    </message>
    <message>
        <source>No criteria yet: the list is in your own order and has no scores.</source>
        <translation>Aún no hay criterios: la lista sigue tu propio orden y no tiene puntuaciones.</translation>
    </message>
    <message>
        <source>Each score is out of 100: the weighted mean of the criteria a track has a value for, each value scaled from 0 to 1 (ratings 1–5; facts from the lowest to the highest on this list). A weight is shown as its share of all the weights.</source>
        <translation>Cada puntuación es sobre 100: la media ponderada de los criterios para los que un itinerario tiene valor, con cada valor llevado a una escala de 0 a 1 (valoraciones: de 1 a 5; datos: del más bajo al más alto de esta lista). Cada peso se muestra como su parte del total de los pesos.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Se mide con</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Mejor si es</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>más bajo</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>más alto</translation>
    </message>
    <message>
        <source>Coverage %1: between %2 and %3 once the missing values are known.</source>
        <translation>Cobertura %1: entre %2 y %3 cuando se conozcan los valores que faltan.</translation>
    </message>
    <message>
        <source>Provisional.</source>
        <translation>Provisional.</translation>
    </message>
    <message>
        <source>%1, yours</source>
        <translation>%1, tuyo</translation>
    </message>
</context>
<context>
    <name>rw::RankListRepository</name>
    <message>
        <source>A rank list needs a name.</source>
        <translation>Una lista de clasificación necesita un nombre.</translation>
    </message>
    <message>
        <source>A rank list name can have at most %1 characters.</source>
        <translation>El nombre de una lista de clasificación puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A rank list name cannot contain control characters.</source>
        <translation>El nombre de una lista de clasificación no puede contener caracteres de control.</translation>
    </message>
    <message>
        <source>reading rank lists</source>
        <translation>leer las listas de clasificación</translation>
    </message>
    <message>
        <source>There is no rank list with the id %1.</source>
        <translation>No hay ninguna lista de clasificación con el id %1.</translation>
    </message>
    <message>
        <source>There is no rank list named “%1”. The lists are: %2.</source>
        <translation>No hay ninguna lista de clasificación llamada “%1”. Las listas son: %2.</translation>
    </message>
    <message>
        <source>There is already a rank list named “%1”.</source>
        <translation>Ya existe una lista de clasificación llamada “%1”.</translation>
    </message>
    <message>
        <source>creating the rank list “%1”</source>
        <translation>crear la lista de clasificación “%1”</translation>
    </message>
    <message>
        <source>restoring the rank list “%1”</source>
        <translation>restaurar la lista de clasificación “%1”</translation>
    </message>
    <message>
        <source>deleting the rank list</source>
        <translation>eliminar la lista de clasificación</translation>
    </message>
    <message>
        <source>reading the rank list</source>
        <translation>leer la lista de clasificación</translation>
    </message>
    <message>
        <source>A rank list can hold at most %1 tracks; this order has %2.</source>
        <translation>Una lista de clasificación puede contener como máximo %1 itinerarios; este orden tiene %2.</translation>
    </message>
    <message>
        <source>A track can appear only once on a rank list.</source>
        <translation>Un itinerario solo puede aparecer una vez en una lista de clasificación.</translation>
    </message>
    <message>
        <source>saving the rank list</source>
        <translation>guardar la lista de clasificación</translation>
    </message>
    <message>
        <source>reading tracks</source>
        <translation>leer los itinerarios</translation>
    </message>
    <message>
        <source>“%1” is not a track key; track keys look like mgh-im.primary-care.</source>
        <translation>“%1” no es una clave de itinerario; las claves de itinerario tienen la forma mgh-im.primary-care.</translation>
    </message>
    <message>
        <source>There is no track with the key “%1”.</source>
        <translation>No hay ningún itinerario con la clave “%1”.</translation>
    </message>
    <message>
        <source>There is no track with the id %1.</source>
        <translation>No hay ningún itinerario con el id %1.</translation>
    </message>
    <message>
        <source>reading where the list&apos;s programs are</source>
        <translation>leer dónde están los programas de la lista</translation>
    </message>
    <message>
        <source>There is no rank list named “%1”: there are no rank lists yet.</source>
        <translation>No hay ninguna lista de clasificación llamada “%1”: todavía no hay listas de clasificación.</translation>
    </message>
</context>
<context>
    <name>rw::RankService</name>
    <message>
        <source>%1 (%2) is not on the list “%3”.</source>
        <translation>%1 (%2) no está en la lista “%3”.</translation>
    </message>
    <message>
        <source>%1 (%2) is already on the list “%3”, at rank %4.</source>
        <translation>%1 (%2) ya está en la lista “%3”, en el puesto %4.</translation>
    </message>
    <message>
        <source>%1 (%2) is no longer offered (withdrawn from the catalog or deleted), so it cannot be added.</source>
        <translation>%1 (%2) ya no se ofrece (retirado del catálogo o eliminado), así que no se puede añadir.</translation>
    </message>
    <message>
        <source>Position %1 is outside the list “%2”: use 1 to %3.</source>
        <translation>La posición %1 está fuera de la lista “%2”: usa de 1 a %3.</translation>
    </message>
    <message>
        <source>There are no rank lists yet.</source>
        <translation>Todavía no hay listas de clasificación.</translation>
    </message>
</context>
<context>
    <name>rw::Recovery</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” no existe.</translation>
    </message>
    <message>
        <source>“%1” is open in another Rankwise window or in rankwise-cli; close it and try again.</source>
        <translation>“%1” está abierto en otra ventana de Rankwise o en rankwise-cli; ciérralo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>“%1” cannot be restored over itself.</source>
        <translation>“%1” no se puede restaurar sobre sí mismo.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>No se puede restaurar la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>The backup cannot be restored: “%1” holds no Rankwise data.</source>
        <translation>No se puede restaurar la copia de seguridad: “%1” no contiene datos de Rankwise.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>No se puede crear la carpeta “%1”.</translation>
    </message>
    <message>
        <source>copying the backup “%1”</source>
        <translation>copiar el archivo de copia de seguridad “%1”</translation>
    </message>
    <message>
        <source>The backup was copied to “%1” but could not be renamed to “%2”: %3</source>
        <translation>La copia de seguridad se copió en “%1”, pero no se pudo renombrar como “%2”: %3</translation>
    </message>
</context>
<context>
    <name>rw::SearchTextRepository</name>
    <message>
        <source>reading text for the filter</source>
        <translation>leer el texto para el filtro</translation>
    </message>
</context>
<context>
    <name>rw::Snapshot</name>
    <message>
        <source>Before sort by score</source>
        <translation>Antes de ordenar por puntuación</translation>
    </message>
    <message>
        <source>Before restoring a snapshot</source>
        <translation>Antes de restaurar una instantánea</translation>
    </message>
    <message>
        <source>Taken by hand</source>
        <translation>Tomada manualmente</translation>
    </message>
</context>
<context>
    <name>rw::SnapshotRepository</name>
    <message>
        <source>A snapshot label can have at most %1 characters.</source>
        <translation>La etiqueta de una instantánea puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A snapshot label cannot contain control characters.</source>
        <translation>La etiqueta de una instantánea no puede contener caracteres de control.</translation>
    </message>
    <message>
        <source>taking a snapshot</source>
        <translation>tomar una instantánea</translation>
    </message>
    <message>
        <source>restoring a snapshot</source>
        <translation>restaurar una instantánea</translation>
    </message>
    <message>
        <source>deleting a snapshot</source>
        <translation>eliminar una instantánea</translation>
    </message>
    <message>
        <source>There is no snapshot with the id %1.</source>
        <translation>No hay ninguna instantánea con el id %1.</translation>
    </message>
    <message>
        <source>reading snapshots</source>
        <translation>leer las instantáneas</translation>
    </message>
</context>
<context>
    <name>rw::SqliteConnection</name>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>No se puede abrir “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>No se puede leer “%1”: %2</translation>
    </message>
</context>
<context>
    <name>rw::TargetMatcher</name>
    <message>
        <source>by key</source>
        <translation>por clave</translation>
    </message>
    <message>
        <source>by names</source>
        <translation>por nombres</translation>
    </message>
    <message>
        <source>no program here has this key, NRMP code or these names</source>
        <translation>ningún programa de aquí tiene esta clave, este código NRMP ni estos nombres</translation>
    </message>
    <message>
        <source>by NRMP code %1</source>
        <translation>por el código NRMP %1</translation>
    </message>
    <message numerus="yes">
        <source>%n programs here have these names; none was chosen</source>
        <translation>
            <numerusform>%n programa de aquí tiene estos nombres; no se eligió ninguno</numerusform>
            <numerusform>%n programas de aquí tienen estos nombres; no se eligió ninguno</numerusform>
        </translation>
    </message>
    <message>
        <source>program %1, track by name</source>
        <translation>programa %1, itinerario por nombre</translation>
    </message>
    <message>
        <source>program %1; it has no track “%2” here, so the note goes on the program</source>
        <translation>programa %1; aquí no tiene ningún itinerario “%2”, así que la nota va al programa</translation>
    </message>
    <message>
        <source>program %1, site by name</source>
        <translation>programa %1, centro por nombre</translation>
    </message>
    <message>
        <source>program %1; it has no site “%2” here, so the note goes on the program</source>
        <translation>programa %1; aquí no tiene ningún centro “%2”, así que la nota va al programa</translation>
    </message>
</context>
<context>
    <name>rw::TrackFactsRepository</name>
    <message>
        <source>reading program facts</source>
        <translation>leer los datos del programa</translation>
    </message>
    <message>
        <source>reading curriculum features</source>
        <translation>leer las características del plan de estudios</translation>
    </message>
</context>
<context>
    <name>rw::TrackType</name>
    <message>
        <source>Categorical</source>
        <translation>Categórico</translation>
    </message>
    <message>
        <source>Primary Care</source>
        <translation>Atención primaria</translation>
    </message>
    <message>
        <source>Global Primary Care</source>
        <translation>Atención primaria global</translation>
    </message>
    <message>
        <source>Preliminary</source>
        <translation>Preliminar</translation>
    </message>
    <message>
        <source>Physician-Scientist</source>
        <translation>Médico-científico</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>rw::UserValueRepository</name>
    <message>
        <source>A rating must be a whole number from 1 to 5, not %1.</source>
        <translation>Una valoración debe ser un número entero de 1 a 5, no %1.</translation>
    </message>
    <message>
        <source>“%1” takes yes or no.</source>
        <translation>“%1” admite yes o no.</translation>
    </message>
    <message>
        <source>“%1” takes a number from 0 to %2, not %3.</source>
        <translation>“%1” admite un número de 0 a %2, no %3.</translation>
    </message>
    <message>
        <source>“%1” is a feature: give yes, no or “none” to clear your value, not “%2”.</source>
        <translation>“%1” es una característica: indica yes, no o “none” para borrar tu valor, no “%2”.</translation>
    </message>
    <message>
        <source>“%1” takes a number (or “none” to clear your value), not “%2”.</source>
        <translation>“%1” admite un número (o “none” para borrar tu valor), no “%2”.</translation>
    </message>
    <message>
        <source>reading tracks</source>
        <translation>leer los itinerarios</translation>
    </message>
    <message>
        <source>There is no track with the id %1.</source>
        <translation>No hay ningún itinerario con el id %1.</translation>
    </message>
    <message>
        <source>saving your value</source>
        <translation>guardar tu valor</translation>
    </message>
    <message>
        <source>clearing your value</source>
        <translation>borrar tu valor</translation>
    </message>
    <message>
        <source>reading your values</source>
        <translation>leer tus valores</translation>
    </message>
    <message>
        <source>restoring your values</source>
        <translation>restaurar tus valores</translation>
    </message>
</context>
<context>
    <name>rw::cli::CatalogCommands</name>
    <message>
        <source>added by you</source>
        <translation>añadido por ti</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Sitio web: %1</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Calendario: %1</translation>
    </message>
    <message>
        <source>Ambulatory share: %1</source>
        <translation>Proporción ambulatoria: %1</translation>
    </message>
    <message>
        <source>Ambulatory months: %1</source>
        <translation>Meses ambulatorios: %1</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Itinerarios</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Instituciones asociadas</translation>
    </message>
    <message numerus="yes">
        <source>Continuity sites (%n)</source>
        <translation>
            <numerusform>Centro de continuidad (%n)</numerusform>
            <numerusform>Centros de continuidad (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Residents placed: %1</source>
        <translation>Residentes asignados: %1</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Ubicación: %1</translation>
    </message>
    <message>
        <source>%1 (interpreter)</source>
        <translation>%1 (intérprete)</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Idiomas: %1</translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation>Servicios: %1</translation>
    </message>
    <message numerus="yes">
        <source>Curriculum (%n features)</source>
        <translation>
            <numerusform>Plan de estudios (%n característica)</numerusform>
            <numerusform>Plan de estudios (%n características)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <source>List every program with its tracks.</source>
        <translation>Lista todos los programas con sus itinerarios.</translation>
    </message>
    <message>
        <source>Show one program whole: tracks, continuity sites, curriculum, sources.</source>
        <translation>Muestra un programa completo: itinerarios, centros de continuidad, plan de estudios y fuentes.</translation>
    </message>
    <message>
        <source>List resources (organisations that are not programs).</source>
        <translation>Lista los recursos (organizaciones que no son programas).</translation>
    </message>
    <message>
        <source>Distance from campus: %1</source>
        <translation>Distancia al campus: %1</translation>
    </message>
</context>
<context>
    <name>rw::cli::CommandLine</name>
    <message>
        <source>Usage: rankwise-cli [--db PATH] COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>Uso: rankwise-cli [--db PATH] COMANDO [ARGUMENTOS] [OPCIONES]</translation>
    </message>
    <message>
        <source>Rankwise from the command line: the same database and rules as the app.</source>
        <translation>Rankwise desde la línea de comandos: la misma base de datos y las mismas reglas que la app.</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opciones globales:</translation>
    </message>
    <message>
        <source>the database file (default: $RANKWISE_DB, else %1)</source>
        <translation>el archivo de la base de datos (por defecto: $RANKWISE_DB; si no, %1)</translation>
    </message>
    <message>
        <source>show this help, or a command&apos;s help</source>
        <translation>muestra esta ayuda, o la ayuda de un comando</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>muestra la versión</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 2 bad usage or bad input, 1 other failures.</source>
        <translation>Código de salida: 0 éxito, 2 uso o entrada incorrectos, 1 otros fallos.</translation>
    </message>
    <message>
        <source>Usage: rankwise-cli [--db PATH] %1</source>
        <translation>Uso: rankwise-cli [--db PATH] %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>--db needs a path.</source>
        <translation>--db necesita una ruta.</translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation>comando desconocido “%1”.</translation>
    </message>
    <message>
        <source>Run “rankwise-cli --help” for the list of commands.</source>
        <translation>Ejecuta “rankwise-cli --help” para ver la lista de comandos.</translation>
    </message>
    <message>
        <source>“%1” is not an option of “%2”.</source>
        <translation>“%1” no es una opción de “%2”.</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 no admite ningún valor.</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2).</source>
        <translation>--%1 necesita un valor (%2).</translation>
    </message>
    <message>
        <source>--%1 is given twice.</source>
        <translation>--%1 aparece dos veces.</translation>
    </message>
    <message>
        <source>usage: rankwise-cli %1</source>
        <translation>uso: rankwise-cli %1</translation>
    </message>
</context>
<context>
    <name>rw::cli::Context</name>
    <message>
        <source>--format must be one of %1, not “%2”.</source>
        <translation>--format debe ser uno de %1, no “%2”.</translation>
    </message>
    <message>
        <source>Run “rankwise-cli --help” for usage.</source>
        <translation>Ejecuta “rankwise-cli --help” para ver el uso.</translation>
    </message>
    <message>
        <source>output format (default %1)</source>
        <translation>formato de salida (por defecto: %1)</translation>
    </message>
    <message>
        <source>Create one with “list create NAME”.</source>
        <translation>Crea una con “list create NAME”.</translation>
    </message>
</context>
<context>
    <name>rw::cli::CriteriaCommands</name>
    <message>
        <source>criteria add needs --weight W (a number from 0 to %1).</source>
        <translation>criteria add necesita --weight W (un número de 0 a %1).</translation>
    </message>
    <message>
        <source>Added the criterion “%1” (%2, weight %3).</source>
        <translation>Se añadió el criterio “%1” (%2, peso %3).</translation>
    </message>
    <message>
        <source>No criteria yet. Add some with “criteria add NAME --weight W”, or the suggested set with “criteria suggested”.</source>
        <translation>Aún no hay criterios. Añade algunos con “criteria add NAME --weight W”, o el conjunto sugerido con “criteria suggested”.</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>cuanto más bajo, mejor</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>cuanto más alto, mejor</translation>
    </message>
    <message>
        <source>“%1” now weighs %2 (was %3).</source>
        <translation>“%1” ahora pesa %2 (antes, %3).</translation>
    </message>
    <message>
        <source>The direction must be “higher” or “lower”, not “%1”.</source>
        <translation>El sentido debe ser “higher” o “lower”, no “%1”.</translation>
    </message>
    <message>
        <source>For “%1”, lower is now better.</source>
        <translation>Para “%1”, ahora cuanto más bajo, mejor.</translation>
    </message>
    <message>
        <source>For “%1”, higher is now better.</source>
        <translation>Para “%1”, ahora cuanto más alto, mejor.</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>Se renombró “%1” como “%2”.</translation>
    </message>
    <message numerus="yes">
        <source>Removed the criterion “%1” and its %n rating(s).</source>
        <translation>
            <numerusform>Se quitó el criterio “%1” y su %n valoración.</numerusform>
            <numerusform>Se quitó el criterio “%1” y sus %n valoraciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every suggested criterion is already there.</source>
        <translation>Ya están todos los criterios sugeridos.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n criteria: %1.</source>
        <translation>
            <numerusform>Se añadió %n criterio: %1.</numerusform>
            <numerusform>Se añadieron %n criterios: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a criterion. FIELD is one of %1; CATEGORY a curriculum category.</source>
        <translation>Añade un criterio. FIELD es uno de %1; CATEGORY, una categoría del plan de estudios.</translation>
    </message>
    <message>
        <source>its weight, a number from 0 to 1000 (required)</source>
        <translation>su peso, un número de 0 a 1000 (obligatorio)</translation>
    </message>
    <message>
        <source>what it measures (default rating)</source>
        <translation>qué mide (por defecto: rating)</translation>
    </message>
    <message>
        <source>smaller values are better</source>
        <translation>los valores más bajos son mejores</translation>
    </message>
    <message>
        <source>List the criteria with their weights and shares of the total.</source>
        <translation>Lista los criterios con sus pesos y su parte del total.</translation>
    </message>
    <message>
        <source>Change a criterion&apos;s weight (0 to 1000).</source>
        <translation>Cambia el peso de un criterio (de 0 a 1000).</translation>
    </message>
    <message>
        <source>Say whether higher or lower values are better.</source>
        <translation>Indica si son mejores los valores más altos o los más bajos.</translation>
    </message>
    <message>
        <source>Rename a criterion.</source>
        <translation>Cambia el nombre de un criterio.</translation>
    </message>
    <message>
        <source>Remove a criterion and its ratings.</source>
        <translation>Quita un criterio y sus valoraciones.</translation>
    </message>
    <message>
        <source>Add the suggested starting criteria (those not there yet).</source>
        <translation>Añade los criterios iniciales sugeridos (los que aún no estén).</translation>
    </message>
    <message>
        <source>Cleared your value of %1 on “%2”.</source>
        <translation>Se borró tu valor de %1 en “%2”.</translation>
    </message>
    <message>
        <source>Set %1 to Yes on “%2”.</source>
        <translation>Se cambió %1 a Sí en “%2”.</translation>
    </message>
    <message>
        <source>Set %1 to No on “%2”.</source>
        <translation>Se cambió %1 a No en “%2”.</translation>
    </message>
    <message>
        <source>Set %1 to %2 on “%3”.</source>
        <translation>Se cambió %1 a %2 en “%3”.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>tú</translation>
    </message>
    <message>
        <source>catalog, %1</source>
        <translation>catálogo, %1</translation>
    </message>
    <message>
        <source>Give a track your value on any criterion: 1 to 5 for a rating, yes or no for a feature, a number for an attribute; VALUE “none” clears yours (back to the catalog&apos;s).</source>
        <translation>Da a un itinerario tu valor en cualquier criterio: de 1 a 5 para una valoración, yes o no para una característica, un número para un atributo; VALUE “none” borra el tuyo (se vuelve al del catálogo).</translation>
    </message>
    <message>
        <source>List every value scoring uses, yours and the catalog&apos;s, with where each comes from.</source>
        <translation>Lista todos los valores que usa la puntuación, los tuyos y los del catálogo, con la procedencia de cada uno.</translation>
    </message>
</context>
<context>
    <name>rw::cli::ExportCommands</name>
    <message>
        <source>Write a rank list as a PDF to print or bring to your advisor: entries in order with track, NRMP code, place and score, then the criteria and weights.</source>
        <translation>Escribe una lista de clasificación en un PDF para imprimirla o llevarla a tu tutor: las entradas en orden con su itinerario, código NRMP, ubicación y puntuación, y después los criterios y sus pesos.</translation>
    </message>
    <message>
        <source>each entry&apos;s points per criterion</source>
        <translation>los puntos de cada entrada por criterio</translation>
    </message>
    <message>
        <source>an excerpt of your own notes on each entry</source>
        <translation>un extracto de tus propias notas sobre cada entrada</translation>
    </message>
    <message>
        <source>the paper (default: the saved preference, else by locale)</source>
        <translation>el papel (por defecto: la preferencia guardada; si no, según la configuración regional)</translation>
    </message>
    <message>
        <source>the applicant&apos;s name on the report (default: the saved preference)</source>
        <translation>el nombre del aspirante en el informe (por defecto: la preferencia guardada)</translation>
    </message>
    <message>
        <source>Write a rank list as a spreadsheet (CSV): rank, program, institution, track, NRMP code, city, state, score and your ratings.</source>
        <translation>Escribe una lista de clasificación como hoja de cálculo (CSV): puesto, programa, institución, itinerario, código NRMP, ciudad, estado, puntuación y tus valoraciones.</translation>
    </message>
    <message>
        <source>Bring in a spreadsheet: rows become programs and tracks (matched by NRMP code, then by names, or added as your own), rating columns become criteria, and with --list the rows become a list in Rank order.</source>
        <translation>Importa una hoja de cálculo: las filas se convierten en programas e itinerarios (emparejados por código NRMP, luego por nombres, o añadidos como propios), las columnas de valoraciones se convierten en criterios y, con --list, las filas forman una lista en el orden de la columna Rank.</translation>
    </message>
    <message>
        <source>fill this list (created, or its order replaced after a snapshot)</source>
        <translation>rellena esta lista (se crea, o se sustituye su orden tras tomar una instantánea)</translation>
    </message>
    <message>
        <source>show what would be matched and created; write nothing</source>
        <translation>muestra qué se emparejaría y qué se crearía; no escribe nada</translation>
    </message>
    <message>
        <source>--page-size takes letter or a4, not “%1”.</source>
        <translation>--page-size admite letter o a4, no “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the list “%1” (%n rank(s)</source>
        <translation>
            <numerusform>Se escribió la lista “%1” (%n puesto</numerusform>
            <numerusform>Se escribió la lista “%1” (%n puestos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n page(s)) to %1.</source>
        <translation>
            <numerusform>, %n página) en %1.</numerusform>
            <numerusform>, %n páginas) en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rating column(s)) to %1.</source>
        <translation>
            <numerusform>, %n columna de valoraciones) en %1.</numerusform>
            <numerusform>, %n columnas de valoraciones) en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>matched by NRMP code %1</source>
        <translation>emparejada por el código NRMP %1</translation>
    </message>
    <message>
        <source>matched by names</source>
        <translation>emparejada por nombres</translation>
    </message>
    <message>
        <source>new track of your own</source>
        <translation>nuevo itinerario propio</translation>
    </message>
    <message>
        <source>new program of your own</source>
        <translation>nuevo programa propio</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulación: no se escribió nada.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), separated by “%2”.</source>
        <translation>
            <numerusform>%1: %n fila, con campos separados por “%2”.</numerusform>
            <numerusform>%1: %n filas, con campos separados por “%2”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <source> (existing criterion)</source>
        <translation> (criterio existente)</translation>
    </message>
    <message>
        <source> (new criterion, weight 1)</source>
        <translation> (criterio nuevo, peso 1)</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>puesto %1</translation>
    </message>
    <message>
        <source>--list needs the name of the list to fill.</source>
        <translation>--list necesita el nombre de la lista que rellenar.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); nothing was imported:</source>
        <translation>
            <numerusform>%1 tiene %n problema; no se importó nada:</numerusform>
            <numerusform>%1 tiene %n problemas; no se importó nada:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::cli::ListCommands</name>
    <message>
        <source>A position must be a whole number from 1, not “%1”.</source>
        <translation>Una posición debe ser un número entero a partir de 1, no “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n rank(s)</source>
        <translation>
            <numerusform>%n puesto</numerusform>
            <numerusform>%n puestos</numerusform>
        </translation>
    </message>
    <message>
        <source>No rank lists yet. Create one with “list create NAME”.</source>
        <translation>Aún no hay listas de clasificación. Crea una con “list create NAME”.</translation>
    </message>
    <message>
        <source>Created the %1 list “%2”.</source>
        <translation>Se creó la lista %1 “%2”.</translation>
    </message>
    <message>
        <source>Deleted the list “%1” with its snapshots.</source>
        <translation>Se eliminó la lista “%1” con sus instantáneas.</translation>
    </message>
    <message>
        <source>Added %1 to “%2” at rank %3.</source>
        <translation>Se añadió %1 a “%2” en el puesto %3.</translation>
    </message>
    <message>
        <source>Moved %1 to rank %2 of “%3”.</source>
        <translation>Se movió %1 al puesto %2 de “%3”.</translation>
    </message>
    <message>
        <source>Pinned %1: sort by score leaves it where it is.</source>
        <translation>Se fijó %1: ordenar por puntuación lo deja donde está.</translation>
    </message>
    <message>
        <source>Unpinned %1.</source>
        <translation>Se dejó de fijar %1.</translation>
    </message>
    <message>
        <source>Removed %1 from “%2”.</source>
        <translation>Se quitó %1 de “%2”.</translation>
    </message>
    <message numerus="yes">
        <source>Sorted “%1” by score (pinned entries kept): %n entry(ies) moved. The order before is snapshot %2.</source>
        <translation>
            <numerusform>Se ordenó “%1” por puntuación (se mantienen las entradas fijadas): se movió %n entrada. El orden anterior es la instantánea %2.</numerusform>
            <numerusform>Se ordenó “%1” por puntuación (se mantienen las entradas fijadas): se movieron %n entradas. El orden anterior es la instantánea %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took snapshot %1 of “%2” (%n rank(s)).</source>
        <translation>
            <numerusform>Se tomó la instantánea %1 de “%2” (%n puesto).</numerusform>
            <numerusform>Se tomó la instantánea %1 de “%2” (%n puestos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rank(s); since then: </source>
        <translation>
            <numerusform>%n puesto; desde entonces: </numerusform>
            <numerusform>%n puestos; desde entonces: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 moved, %2 added, %3 removed</source>
        <translation>movidas: %1, añadidas: %2, quitadas: %3</translation>
    </message>
    <message>
        <source>No snapshots of “%1” yet.</source>
        <translation>Aún no hay instantáneas de “%1”.</translation>
    </message>
    <message>
        <source>A snapshot id is a number (see “list snapshots NAME”), not “%1”.</source>
        <translation>El id de una instantánea es un número (consulta “list snapshots NAME”), no “%1”.</translation>
    </message>
    <message>
        <source>Snapshot %1 belongs to another list, not “%2”.</source>
        <translation>La instantánea %1 pertenece a otra lista, no a “%2”.</translation>
    </message>
    <message>
        <source>Restored snapshot %1 of “%2”; the order before is snapshot %3.</source>
        <translation>Se restauró la instantánea %1 de “%2”; el orden anterior es la instantánea %3.</translation>
    </message>
    <message>
        <source>warning: %1 no longer exists and was left out.</source>
        <translation>aviso: %1 ya no existe y se omitió.</translation>
    </message>
    <message>
        <source>List the rank lists.</source>
        <translation>Lista las listas de clasificación.</translation>
    </message>
    <message>
        <source>Create a rank list (primary unless --supplemental).</source>
        <translation>Crea una lista de clasificación (principal, salvo con --supplemental).</translation>
    </message>
    <message>
        <source>a supplemental list for preliminary positions</source>
        <translation>una lista suplementaria para plazas preliminares</translation>
    </message>
    <message>
        <source>Delete a rank list with its snapshots.</source>
        <translation>Elimina una lista de clasificación con sus instantáneas.</translation>
    </message>
    <message>
        <source>Add a track to a list, at the end or at --position N (at most 300 ranks).</source>
        <translation>Añade un itinerario a una lista, al final o en --position N (como máximo 300 puestos).</translation>
    </message>
    <message>
        <source>the rank to insert it at</source>
        <translation>el puesto en el que insertarlo</translation>
    </message>
    <message>
        <source>Move an entry to another rank.</source>
        <translation>Mueve una entrada a otro puesto.</translation>
    </message>
    <message>
        <source>Pin an entry so that sort by score leaves it in place.</source>
        <translation>Fija una entrada para que ordenar por puntuación la deje en su sitio.</translation>
    </message>
    <message>
        <source>Unpin an entry.</source>
        <translation>Deja de fijar una entrada.</translation>
    </message>
    <message>
        <source>Remove an entry from a list.</source>
        <translation>Quita una entrada de una lista.</translation>
    </message>
    <message>
        <source>Sort by score, keeping pinned entries in place (a snapshot is taken first).</source>
        <translation>Ordena por puntuación, manteniendo en su sitio las entradas fijadas (antes se toma una instantánea).</translation>
    </message>
    <message>
        <source>Take a dated copy of a list.</source>
        <translation>Toma una copia fechada de una lista.</translation>
    </message>
    <message>
        <source>a note to recognise it by</source>
        <translation>una nota para reconocerla</translation>
    </message>
    <message>
        <source>List a list&apos;s snapshots and what changed since each.</source>
        <translation>Lista las instantáneas de una lista y qué ha cambiado desde cada una.</translation>
    </message>
    <message>
        <source>Put a snapshot&apos;s order back (the current order is snapshotted first).</source>
        <translation>Vuelve al orden de una instantánea (antes se toma una instantánea del orden actual).</translation>
    </message>
</context>
<context>
    <name>rw::cli::MaintenanceCommands</name>
    <message>
        <source>%1  %2  %3  %4</source>
        <translation>%1  %2  %3  %4</translation>
    </message>
    <message>
        <source>ok: “%1” passed SQLite’s integrity and reference checks.</source>
        <translation>ok: “%1” superó las comprobaciones de integridad y de referencias de SQLite.</translation>
    </message>
    <message>
        <source>Schema %1, last written by Rankwise %2, %3.</source>
        <translation>Esquema %1, escrito por última vez por Rankwise %2, %3.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>No backups yet (they are kept in “%1”).</source>
        <translation>Aún no hay copias de seguridad (se guardan en “%1”).</translation>
    </message>
    <message>
        <source>Backups in “%1”: %2; the newest:</source>
        <translation>Copias de seguridad en “%1”: %2; la más reciente:</translation>
    </message>
    <message>
        <source>To put the newest good backup in place (the damaged file is kept aside): rankwise-cli --db “%1” restore latest</source>
        <translation>Para poner en su lugar la copia de seguridad válida más reciente (el archivo dañado se conserva aparte): rankwise-cli --db “%1” restore latest</translation>
    </message>
    <message>
        <source>No backups of “%1” yet (they are kept in “%2”).</source>
        <translation>Aún no hay copias de seguridad de “%1” (se guardan en “%2”).</translation>
    </message>
    <message>
        <source>Backups of “%1”, newest first, in “%2”:</source>
        <translation>Copias de seguridad de “%1”, de la más reciente a la más antigua, en “%2”:</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>DAMAGED: %1</source>
        <translation>DAÑADA: %1</translation>
    </message>
    <message>
        <source>--keep needs a whole number of at least 1, not “%1”.</source>
        <translation>--keep necesita un número entero de al menos 1, no “%1”.</translation>
    </message>
    <message>
        <source>Restored “%1” from “%2”.</source>
        <translation>Se restauró “%1” a partir de “%2”.</translation>
    </message>
    <message>
        <source>The file it replaced was kept as “%1”.</source>
        <translation>El archivo sustituido se conservó como “%1”.</translation>
    </message>
    <message>
        <source>Check the database file: SQLite’s integrity and reference checks, its version, its backups.</source>
        <translation>Comprueba el archivo de la base de datos: las comprobaciones de integridad y de referencias de SQLite, su versión y sus copias de seguridad.</translation>
    </message>
    <message>
        <source>List the database’s backups, newest first.</source>
        <translation>Lista las copias de seguridad de la base de datos, de la más reciente a la más antigua.</translation>
    </message>
    <message>
        <source>also check each backup’s integrity</source>
        <translation>comprueba también la integridad de cada copia de seguridad</translation>
    </message>
    <message>
        <source>Back the database up now, then keep only the newest backups.</source>
        <translation>Hace ahora una copia de seguridad de la base de datos y conserva solo las más recientes.</translation>
    </message>
    <message>
        <source>how many backups to keep (default: the app’s setting, else %1)</source>
        <translation>cuántas copias de seguridad conservar (por defecto: el ajuste de la app; si no, %1)</translation>
    </message>
    <message>
        <source>Put a backup in place of the database (a file name from “backups”, a path, or “latest”); the current file is kept aside, never deleted.</source>
        <translation>Pone una copia de seguridad en lugar de la base de datos (un nombre de archivo de “backups”, una ruta o “latest”); el archivo actual se conserva aparte, nunca se elimina.</translation>
    </message>
</context>
<context>
    <name>rw::cli::NoteCommands</name>
    <message>
        <source>Cannot read the note from standard input.</source>
        <translation>No se puede leer la nota de la entrada estándar.</translation>
    </message>
    <message>
        <source>The note is empty; give its text after the key.</source>
        <translation>La nota está vacía; escribe su texto después de la clave.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>tú</translation>
    </message>
    <message>
        <source>Write a note of yours on a program, track or site; prints its id. TEXT “-” reads standard input.</source>
        <translation>Escribe una nota tuya sobre un programa, itinerario o centro; muestra su id. TEXT “-” lee la entrada estándar.</translation>
    </message>
    <message>
        <source>List notes (yours and classmates’), all or on one program (with its tracks and sites), track or site.</source>
        <translation>Lista las notas (tuyas y de compañeros), todas o las de un programa (con sus itinerarios y centros), itinerario o centro.</translation>
    </message>
</context>
<context>
    <name>rw::cli::ProgramCommands</name>
    <message>
        <source>--track “%1” must be NAME:TYPE or NAME:TYPE:NRMP_CODE.</source>
        <translation>--track “%1” debe ser NAME:TYPE o NAME:TYPE:NRMP_CODE.</translation>
    </message>
    <message>
        <source>--track “%1”: “%2” is not a track type; use one of %3.</source>
        <translation>--track “%1”: “%2” no es un tipo de itinerario; usa uno de %3.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 es obligatorio.</translation>
    </message>
    <message>
        <source>Internal Medicine</source>
        <translation>Medicina interna</translation>
    </message>
    <message>
        <source>Categorical</source>
        <translation>Categórico</translation>
    </message>
    <message>
        <source>Add a program of your own; prints its key. --name, --institution, --city and --state are required; without --track it gets one Categorical track.</source>
        <translation>Añade un programa propio; muestra su clave. --name, --institution, --city y --state son obligatorios; sin --track, el programa recibe un itinerario Categórico.</translation>
    </message>
    <message>
        <source>program name</source>
        <translation>nombre del programa</translation>
    </message>
    <message>
        <source>sponsoring institution</source>
        <translation>institución patrocinadora</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>specialty (default Internal Medicine)</source>
        <translation>especialidad (por defecto: Medicina interna)</translation>
    </message>
    <message>
        <source>website, http:// or https://</source>
        <translation>sitio web, http:// o https://</translation>
    </message>
    <message>
        <source>a track; TYPE is categorical, primary-care, global-primary-care, preliminary, physician-scientist or other</source>
        <translation>un itinerario; TYPE es categorical, primary-care, global-primary-care, preliminary, physician-scientist u other</translation>
    </message>
</context>
<context>
    <name>rw::cli::RankCommands</name>
    <message>
        <source>the rank list (default: the first primary list)</source>
        <translation>la lista de clasificación (por defecto: la primera lista principal)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
</context>
<context>
    <name>rw::cli::ReportCommands</name>
    <message numerus="yes">
        <source>%1 (%2): %n rank(s)</source>
        <translation>
            <numerusform>%1 (%2): %n puesto</numerusform>
            <numerusform>%1 (%2): %n puestos</numerusform>
        </translation>
    </message>
    <message>
        <source>Add tracks with “list add %1 TRACK_KEY”.</source>
        <translation>Añade itinerarios con “list add %1 TRACK_KEY”.</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>pos.</translation>
    </message>
    <message>
        <source>score</source>
        <translation>punt.</translation>
    </message>
    <message>
        <source>by score</source>
        <translation>por puntuación</translation>
    </message>
    <message>
        <source>(you +%1)</source>
        <translation>(tú +%1)</translation>
    </message>
    <message>
        <source>(you −%1)</source>
        <translation>(tú −%1)</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fijada</translation>
    </message>
    <message>
        <source>WITHDRAWN, not scored</source>
        <translation>RETIRADA, sin puntuar</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>sin valor: %1</translation>
    </message>
    <message>
        <source>tied, and identical on every criterion</source>
        <translation>empatadas, e idénticas en todos los criterios</translation>
    </message>
    <message>
        <source>stable: no single weight change swaps them</source>
        <translation>estables: ningún cambio de un solo peso las intercambia</translation>
    </message>
    <message>
        <source>tied: any increase of the %1 weight swaps them</source>
        <translation>empatadas: cualquier aumento del peso de %1 las intercambia</translation>
    </message>
    <message>
        <source>tied: any decrease of the %1 weight swaps them</source>
        <translation>empatadas: cualquier disminución del peso de %1 las intercambia</translation>
    </message>
    <message>
        <source>would swap if %1 weight %2%3</source>
        <translation>se intercambiarían si el peso de %1 cambia %2%3</translation>
    </message>
    <message>
        <source>Rank stability needs at least two scored entries on “%1”.</source>
        <translation>La estabilidad de la clasificación necesita al menos dos entradas puntuadas en “%1”.</translation>
    </message>
    <message>
        <source>Rank stability of “%1” (computed order, adjacent pairs):</source>
        <translation>Estabilidad de la clasificación de “%1” (orden calculado, pares adyacentes):</translation>
    </message>
    <message>
        <source>ahead by %1 points; %2</source>
        <translation>%1 puntos de ventaja; %2</translation>
    </message>
    <message>
        <source>The gut check needs at least two entries with different scores on “%1”.</source>
        <translation>La prueba de intuición necesita al menos dos entradas con puntuaciones distintas en “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Kendall&apos;s tau between your order and the scores: %1 (%2 of %n pair(s) agree, %3 disagree, %4 tied on score).</source>
        <translation>
            <numerusform>Tau de Kendall entre tu orden y las puntuaciones: %1 (%2 de %n par coinciden, %3 discrepan, %4 empatados en puntuación).</numerusform>
            <numerusform>Tau de Kendall entre tu orden y las puntuaciones: %1 (%2 de %n pares coinciden, %3 discrepan, %4 empatados en puntuación).</numerusform>
        </translation>
    </message>
    <message>
        <source>Your order never goes against your stated priorities.</source>
        <translation>Tu orden nunca va en contra de tus prioridades declaradas.</translation>
    </message>
    <message>
        <source>Where your gut and your priorities part ways:</source>
        <translation>Dónde discrepan tu intuición y tus prioridades:</translation>
    </message>
    <message>
        <source>you rank %1 above %2, which scores higher (%3 vs %4)</source>
        <translation>clasificas %1 por encima de %2, que puntúa más (%3 frente a %4)</translation>
    </message>
    <message>
        <source>Show a list in your order with scores, computed positions and missing values.</source>
        <translation>Muestra una lista en tu orden con las puntuaciones, las posiciones calculadas y los valores que faltan.</translation>
    </message>
    <message>
        <source>For each adjacent pair of the computed order, the smallest single weight change that would swap them.</source>
        <translation>Para cada par adyacente del orden calculado, el menor cambio de un solo peso que los intercambiaría.</translation>
    </message>
    <message>
        <source>Your order against the computed one: Kendall&apos;s tau and the pairs where they disagree.</source>
        <translation>Tu orden frente al calculado: la tau de Kendall y los pares en los que discrepan.</translation>
    </message>
    <message>
        <source>--min-coverage takes a percentage from 0 to 100, not “%1”.</source>
        <translation>--min-coverage admite un porcentaje de 0 a 100, no “%1”.</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>nothing known yet</source>
        <translation>aún no se sabe nada</translation>
    </message>
    <message>
        <source>provisional, coverage below the threshold</source>
        <translation>provisional, cobertura por debajo del umbral</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n entry(ies) (the threshold is %1 coverage):</source>
        <translation>
            <numerusform>Excluida: %n entrada (el umbral es una cobertura del %1):</numerusform>
            <numerusform>Excluidas: %n entradas (el umbral es una cobertura del %1):</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) at or above %1 coverage: too few for a verdict.</source>
        <translation>
            <numerusform>%n entrada con una cobertura del %1 o superior: demasiado pocas para un veredicto.</numerusform>
            <numerusform>%n entradas con una cobertura del %1 o superior: demasiado pocas para un veredicto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate these first:</source>
        <translation>Valora primero estos:</translation>
    </message>
    <message>
        <source>provisional: coverage %1, could be %2 to %3</source>
        <translation>provisional: cobertura %1, podría ser de %2 a %3</translation>
    </message>
    <message>
        <source>coverage %1, could be %2 to %3</source>
        <translation>cobertura %1, podría ser de %2 a %3</translation>
    </message>
    <message>
        <source>below this coverage a score is provisional and left out of the decision aids (default 70)</source>
        <translation>por debajo de esta cobertura, una puntuación es provisional y se excluye de las ayudas a la decisión (por defecto: 70)</translation>
    </message>
</context>
<context>
    <name>rw::cli::SharingCommands</name>
    <message>
        <source>Give either --programs or --list, not both.</source>
        <translation>Indica --programs o --list, no ambos.</translation>
    </message>
    <message>
        <source>--programs needs at least one program key.</source>
        <translation>--programs necesita al menos una clave de programa.</translation>
    </message>
    <message>
        <source>--include takes ratings, ranks, weights and lists, not “%1”.</source>
        <translation>--include admite ratings, ranks, weights y lists, no “%1”.</translation>
    </message>
    <message>
        <source>Say who the notes are from: --author NAME.</source>
        <translation>Indica de quién son las notas: --author NAME.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n note(s)</source>
        <translation>
            <numerusform>Se escribió %n nota</numerusform>
            <numerusform>Se escribieron %n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n program(s) to %1.</source>
        <translation>
            <numerusform>sobre %n programa en %1.</numerusform>
            <numerusform>sobre %n programas en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n valoración</numerusform>
            <numerusform>%n valoraciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criteria with weights</source>
        <translation>
            <numerusform>%n criterio con peso</numerusform>
            <numerusform>%n criterios con peso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s)</source>
        <translation>
            <numerusform>%n lista</numerusform>
            <numerusform>%n listas</numerusform>
        </translation>
    </message>
    <message>
        <source> with ranks</source>
        <translation> con puestos</translation>
    </message>
    <message>
        <source>No ratings, ranks, weights or lists were included.</source>
        <translation>No se incluyeron valoraciones, puestos, pesos ni listas.</translation>
    </message>
    <message>
        <source>Also included: %1.</source>
        <translation>Incluido también: %1.</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from: %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Notes from “%1”, file written %2</source>
        <translation>Notas de “%1”, archivo escrito el %2</translation>
    </message>
    <message>
        <source>This file was exported from this very database: its notes are your own, stored again as a classmate&apos;s.</source>
        <translation>Este archivo se exportó desde esta misma base de datos: sus notas son tuyas, guardadas de nuevo como si fueran de un compañero.</translation>
    </message>
    <message>
        <source>This file is older than the one imported before (%1): notes you already have from this classmate are kept as they are.</source>
        <translation>Este archivo es más antiguo que el importado antes (%1): las notas que ya tienes de este compañero se conservan tal cual.</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>emparejadas</translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation>sin pareja</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevas</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>modificadas</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>its program is added</source>
        <translation>se añade su programa</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) matched nothing here and were skipped; --add-unmatched adds their programs as your own.</source>
        <translation>
            <numerusform>%n nota no coincidió con nada de aquí y se omitió; --add-unmatched añade sus programas como propios.</numerusform>
            <numerusform>%n notas no coincidieron con nada de aquí y se omitieron; --add-unmatched añade sus programas como propios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) added as your own.</source>
        <translation>
            <numerusform>Se añadió %n programa como propio.</numerusform>
            <numerusform>Se añadieron %n programas como propios.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file also shares %1 rating(s), %2 criteria and %3 list(s); they are shown in the app&apos;s import preview and never stored.</source>
        <translation>El archivo también comparte valoraciones (%1), criterios (%2) y listas (%3); se muestran en la vista previa de importación de la app y nunca se guardan.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulación: no se escribió nada.</translation>
    </message>
    <message>
        <source>No classmate&apos;s notes have been imported.</source>
        <translation>No se han importado notas de ningún compañero.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>importado el %1</translation>
    </message>
    <message>
        <source>file written %1</source>
        <translation>archivo escrito el %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed “%1” and their %n note(s). Your own notes are untouched.</source>
        <translation>
            <numerusform>Se quitó a “%1” y su %n nota. Tus propias notas no se han tocado.</numerusform>
            <numerusform>Se quitó a “%1” y sus %n notas. Tus propias notas no se han tocado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write your notes to a file for classmates. Ratings, ranks, weights and lists stay private unless --include names them.</source>
        <translation>Escribe tus notas en un archivo para tus compañeros. Las valoraciones, puestos, pesos y listas siguen siendo privados salvo que --include los nombre.</translation>
    </message>
    <message>
        <source>only these programs (default: all)</source>
        <translation>solo estos programas (por defecto: todos)</translation>
    </message>
    <message>
        <source>only programs with a track on this list</source>
        <translation>solo los programas con un itinerario en esta lista</translation>
    </message>
    <message>
        <source>also share these (default: none)</source>
        <translation>comparte también esto (por defecto: nada)</translation>
    </message>
    <message>
        <source>the name classmates see (default: the app&apos;s setting)</source>
        <translation>el nombre que ven tus compañeros (por defecto: el ajuste de la app)</translation>
    </message>
    <message>
        <source>Import a classmate&apos;s notes as their own layer beside yours. A bad file is refused whole (exit 2) and nothing is written.</source>
        <translation>Importa las notas de un compañero como una capa aparte, junto a las tuyas. Un archivo erróneo se rechaza entero (código de salida 2) y no se escribe nada.</translation>
    </message>
    <message>
        <source>the classmate&apos;s name (default: the file&apos;s author)</source>
        <translation>el nombre del compañero (por defecto: el autor del archivo)</translation>
    </message>
    <message>
        <source>add programs nothing here matches as your own (default: skip)</source>
        <translation>añade como propios los programas que no coinciden con nada de aquí (por defecto: omitirlos)</translation>
    </message>
    <message>
        <source>show what would happen; write nothing</source>
        <translation>muestra lo que ocurriría; no escribe nada</translation>
    </message>
    <message>
        <source>List the classmates whose notes you imported.</source>
        <translation>Lista los compañeros cuyas notas importaste.</translation>
    </message>
    <message>
        <source>Remove a classmate and all their notes (yours stay).</source>
        <translation>Quita a un compañero y todas sus notas (las tuyas se quedan).</translation>
    </message>
</context>
</TS>
