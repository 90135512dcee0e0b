<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddCriteriaCommand</name>
    <message>
        <source>Add criterion “%1”</source>
        <translation>Ajout du critère “%1”</translation>
    </message>
    <message>
        <source>Add the suggested criteria</source>
        <translation>Ajout des critères suggérés</translation>
    </message>
</context>
<context>
    <name>AddCriterionDialog</name>
    <message>
        <source>Add Criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <source>e.g. Commute, Mentorship</source>
        <translation>p. ex. Trajet, Mentorat</translation>
    </message>
    <message>
        <source>Your rating, 1 to 5</source>
        <translation>Votre évaluation, de 1 à 5</translation>
    </message>
    <message>
        <source>A program fact</source>
        <translation>Une donnée du programme</translation>
    </message>
    <message>
        <source>A curriculum feature is offered</source>
        <translation>Un élément du programme de formation est proposé</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Plus élevé, c’est mieux</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Plus bas, c’est mieux</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation>&amp;Mesure :</translation>
    </message>
    <message>
        <source>&amp;Which:</source>
        <translation>&amp;Choix :</translation>
    </message>
    <message>
        <source>W&amp;eight:</source>
        <translation>&amp;Poids :</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Sens :</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>(you give each track 1 to 5)</source>
        <translation>(vous évaluez chaque filière de 1 à 5)</translation>
    </message>
</context>
<context>
    <name>AddItemCommand</name>
    <message>
        <source>Add program “%1”</source>
        <translation>Ajout du programme “%1”</translation>
    </message>
    <message>
        <source>Add track “%1”</source>
        <translation>Ajout de la filière “%1”</translation>
    </message>
    <message>
        <source>Add site “%1”</source>
        <translation>Ajout du site “%1”</translation>
    </message>
</context>
<context>
    <name>AddNoteCommand</name>
    <message>
        <source>Write a note</source>
        <translation>Rédaction d’une note</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>left out</source>
        <translation>exclu</translation>
    </message>
    <message>
        <source>No value for %1: left out of this track&apos;s score, so the other criteria share its weight.</source>
        <translation>Aucune valeur pour %1 : ce critère est exclu du score de cette filière, et les autres critères se partagent son poids.</translation>
    </message>
    <message>
        <source>The value on a 0 to 1 scale (ratings (r − 1) / 4; facts against the other tracks on the list; flipped when lower is better)</source>
        <translation>La valeur sur une échelle de 0 à 1 (évaluations : (r − 1) / 4 ; données : par rapport aux autres filières de la liste ; inversée quand plus bas, c’est mieux)</translation>
    </message>
    <message>
        <source>Share of the weights of the criteria this track has values for</source>
        <translation>Part des poids des critères pour lesquels cette filière a une valeur</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Scaled 0–1</source>
        <translation>Ramenée à 0–1</translation>
    </message>
    <message>
        <source>Weight share</source>
        <translation>Part du poids</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <source>From the catalog (%1)</source>
        <translation>Provenant du catalogue (%1)</translation>
    </message>
</context>
<context>
    <name>BreakdownPanel</name>
    <message>
        <source>Score breakdown</source>
        <translation>Décomposition du score</translation>
    </message>
    <message>
        <source>Select an entry of the list to see how its score is made.</source>
        <translation>Sélectionnez une entrée de la liste pour voir comment son score est calculé.</translation>
    </message>
    <message>
        <source>%1 is withdrawn (no longer offered) and is not scored.</source>
        <translation>%1 est retirée (n’est plus proposée) et n’a pas de score.</translation>
    </message>
    <message>
        <source>%1 has no score yet: no criterion with a weight has a value for it. Rate it in the Ratings tab.</source>
        <translation>%1 n’a pas encore de score : aucun critère pondéré n’a de valeur pour elle. Évaluez-la dans l’onglet Évaluations.</translation>
    </message>
    <message>
        <source>%1: %2 of 100, rank %3 by score (yours: %4).</source>
        <translation>%1 : %2 sur 100, rang %3 selon le score (le vôtre : %4).</translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(s) missing, left out.</source>
        <translation>
            <numerusform>%n critère manquant, exclu.</numerusform>
            <numerusform>%n critères manquants, exclus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message>
        <source>Add &amp;Program…</source>
        <translation>Ajouter un &amp;programme…</translation>
    </message>
    <message>
        <source>Add a program the catalog does not have</source>
        <translation>Ajouter un programme absent du catalogue</translation>
    </message>
    <message>
        <source>Add Program</source>
        <translation>Ajouter un programme</translation>
    </message>
    <message>
        <source>Add &amp;Track…</source>
        <translation>Ajouter une &amp;filière…</translation>
    </message>
    <message>
        <source>Add a track of your own to the selected program</source>
        <translation>Ajouter votre propre filière au programme sélectionné</translation>
    </message>
    <message>
        <source>Add Continuity &amp;Site…</source>
        <translation>Ajouter un &amp;site de continuité…</translation>
    </message>
    <message>
        <source>Add a continuity site of your own to the selected program</source>
        <translation>Ajouter votre propre site de continuité au programme sélectionné</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected program or track you added</source>
        <translation>Modifier le programme ou la filière sélectionnés que vous avez ajoutés</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Delete the selected program or track you added (undoable)</source>
        <translation>Supprimer le programme ou la filière sélectionnés que vous avez ajoutés (annulable)</translation>
    </message>
    <message>
        <source>Deleted. Edit › Undo brings it back.</source>
        <translation>Supprimé. Édition › Annuler le rétablit.</translation>
    </message>
    <message>
        <source>&amp;Compare Selected</source>
        <translation>&amp;Comparer la sélection</translation>
    </message>
    <message>
        <source>Compare the selected programs or tracks side by side (2 to 4; Ctrl+click to select several)</source>
        <translation>Comparer côte à côte les programmes ou filières sélectionnés (2 à 4 ; Ctrl+clic pour en sélectionner plusieurs)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Only the first 4 of the %1 selected are compared.</source>
        <translation>Seuls les 4 premiers des %1 éléments sélectionnés sont comparés.</translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <translation>&amp;Nouvelle note</translation>
    </message>
    <message>
        <source>Write a new note on the selected program or track</source>
        <translation>Écrire une nouvelle note sur le programme ou la filière sélectionnés</translation>
    </message>
    <message>
        <source>Add to &amp;Rank List</source>
        <translation>Ajouter à la &amp;liste de classement</translation>
    </message>
    <message>
        <source>Put the selected track at the end of the rank list</source>
        <translation>Placer la filière sélectionnée à la fin de la liste de classement</translation>
    </message>
    <message>
        <source>Filter by name, institution, city, site, curriculum or note text…</source>
        <translation>Filtrer par nom, établissement, ville, site, programme de formation ou texte des notes…</translation>
    </message>
    <message>
        <source>Filter programs</source>
        <translation>Filtrer les programmes</translation>
    </message>
    <message>
        <source>Clear the Filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Track type</source>
        <translation>Type de filière</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Programme de formation</translation>
    </message>
    <message>
        <source>Programs and tracks</source>
        <translation>Programmes et filières</translation>
    </message>
    <message>
        <source>How many programs are shown</source>
        <translation>Nombre de programmes affichés</translation>
    </message>
    <message>
        <source>Programs: %1 · tracks: %2</source>
        <translation>Programmes : %1 · filières : %2</translation>
    </message>
    <message>
        <source>Nothing matches. Press Esc in the filter box to see all %1 programs again.</source>
        <translation>Aucun résultat. Appuyez sur Échap dans la zone de filtre pour revoir les %1 programmes.</translation>
    </message>
    <message>
        <source>Programs: %1 of %2 shown · tracks: %3</source>
        <translation>Programmes : %1 affichés sur %2 · filières : %3</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les États</translation>
    </message>
    <message>
        <source>All track types</source>
        <translation>Tous les types de filière</translation>
    </message>
    <message>
        <source>Any curriculum</source>
        <translation>Tout programme de formation</translation>
    </message>
    <message>
        <source>Go to the Results</source>
        <translation>Aller aux résultats</translation>
    </message>
    <message>
        <source>Preparing the filter: reading the text of %1 programs…</source>
        <translation>Préparation du filtre : lecture du texte de %1 programmes…</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>&amp;Hide rows that are the same</source>
        <translation>&amp;Masquer les lignes identiques</translation>
    </message>
    <message>
        <source>Add a program or track:</source>
        <translation>Ajouter un programme ou une filière :</translation>
    </message>
    <message>
        <source>Program or track to add to the comparison</source>
        <translation>Programme ou filière à ajouter à la comparaison</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Saisissez un nom…</translation>
    </message>
    <message>
        <source>Pick 2 to 4 programs or tracks to see them side by side.

In Browse, select them (Ctrl+click) and choose Program › Compare Selected, or add them here one by one.</source>
        <translation>Choisissez de 2 à 4 programmes ou filières pour les voir côte à côte.

Dans Explorer, sélectionnez-les (Ctrl+clic) et choisissez Programme › Comparer la sélection, ou ajoutez-les ici un par un.</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>≠ marks the rows where they differ. — means not listed.</source>
        <translation>≠ signale les lignes qui diffèrent. — signifie non renseigné.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Rows hidden because they are the same: %1</source>
        <translation>Lignes masquées car identiques : %1</translation>
    </message>
    <message>
        <source>The chosen programs side by side; rows that differ start with ≠</source>
        <translation>Les programmes choisis côte à côte ; les lignes qui diffèrent commencent par ≠</translation>
    </message>
</context>
<context>
    <name>CreateListCommand</name>
    <message>
        <source>Create list “%1”</source>
        <translation>Création de la liste “%1”</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>&amp;Add criterion…</source>
        <translation>&amp;Ajouter un critère…</translation>
    </message>
    <message>
        <source>Add the &amp;suggested criteria</source>
        <translation>Ajouter les critères su&amp;ggérés</translation>
    </message>
    <message>
        <source>Weights count as shares of their total. A track missing a value is scored on the criteria it has, never as if it were 0.</source>
        <translation>Les poids comptent comme des parts de leur total. Une filière à laquelle il manque une valeur est notée sur les critères dont elle dispose, jamais comme si la valeur était 0.</translation>
    </message>
    <message>
        <source>No criteria yet. Start with a suggested set you can change: %1.</source>
        <translation>Aucun critère pour l’instant. Commencez par un ensemble suggéré que vous pourrez modifier : %1.</translation>
    </message>
    <message>
        <source>Total weight</source>
        <translation>Poids total</translation>
    </message>
    <message>
        <source>A rating you give, a program fact, or a curriculum feature</source>
        <translation>Une évaluation que vous donnez, une donnée du programme ou un élément du programme de formation</translation>
    </message>
    <message>
        <source>Location, program culture, ambulatory training and more, with weights adding up to 100</source>
        <translation>Localisation, culture du programme, formation ambulatoire et plus encore, avec des poids dont la somme fait 100</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Plus élevé, c’est mieux</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Plus bas, c’est mieux</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Name of criterion %1</source>
        <translation>Nom du critère %1</translation>
    </message>
    <message>
        <source>Direction of %1</source>
        <translation>Sens de %1</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Poids de %1</translation>
    </message>
    <message>
        <source>Weight of %1 as a number</source>
        <translation>Poids de %1 en nombre</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Remove “%1” and its ratings</source>
        <translation>Retirer “%1” et ses évaluations</translation>
    </message>
    <message>
        <source>Share of %1: %2</source>
        <translation>Part de %1 : %2</translation>
    </message>
    <message>
        <source>Total weight: %1</source>
        <translation>Poids total : %1</translation>
    </message>
    <message>
        <source>Criteria and weights</source>
        <translation>Critères et poids</translation>
    </message>
</context>
<context>
    <name>CsvColumnsModel</name>
    <message>
        <source>(no header)</source>
        <translation>(sans en-tête)</translation>
    </message>
    <message>
        <source> (existing)</source>
        <translation> (existant)</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (nouveau)</translation>
    </message>
    <message>
        <source>Problem: see the list below; %1</source>
        <translation>Problème : voir la liste ci-dessous ; %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>CsvRowsModel</name>
    <message>
        <source>Matched by NRMP code</source>
        <translation>Associée par code NRMP</translation>
    </message>
    <message>
        <source>Matched by names</source>
        <translation>Associée par noms</translation>
    </message>
    <message>
        <source>New track of your own</source>
        <translation>Nouvelle filière personnelle</translation>
    </message>
    <message>
        <source>New program of your own</source>
        <translation>Nouveau programme personnel</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Filière</translation>
    </message>
    <message>
        <source>NRMP code</source>
        <translation>Code NRMP</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Cannot Load the Catalog</source>
        <translation>Impossible de charger le catalogue</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>“%1” still cannot be opened.</source>
        <translation>“%1” ne peut toujours pas être ouvert.</translation>
    </message>
    <message>
        <source>Opened Read-Only</source>
        <translation>Ouverte en lecture seule</translation>
    </message>
    <message>
        <source>“%1” is open read-only because %2.

You can look at everything, but changes cannot be saved. To make changes, fix the file’s permissions, or copy it to a folder you can write to and open the copy.</source>
        <translation>“%1” est ouvert en lecture seule, car %2.

Vous pouvez tout consulter, mais les modifications ne peuvent pas être enregistrées. Pour pouvoir modifier, corrigez les permissions du fichier, ou copiez-le dans un dossier où vous pouvez écrire et ouvrez la copie.</translation>
    </message>
    <message>
        <source>it was asked for</source>
        <translation>cela a été demandé</translation>
    </message>
    <message>
        <source>No Backup Today</source>
        <translation>Pas de sauvegarde aujourd’hui</translation>
    </message>
    <message>
        <source>Today’s backup could not be made: %1

Your data is unchanged; Rankwise will try again next time.</source>
        <translation>La sauvegarde du jour n’a pas pu être faite : %1

Vos données sont inchangées ; Rankwise réessaiera la prochaine fois.</translation>
    </message>
    <message>
        <source>Cannot Restore the Backup</source>
        <translation>Impossible de restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Backup Restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>The backup from %1 is now your database.

The damaged file was kept as “%2”.</source>
        <translation>La sauvegarde du %1 est désormais votre base de données.

Le fichier endommagé a été conservé sous le nom “%2”.</translation>
    </message>
    <message>
        <source>Cannot Move the Damaged File</source>
        <translation>Impossible de déplacer le fichier endommagé</translation>
    </message>
    <message>
        <source>Starting With an Empty Database</source>
        <translation>Démarrage avec une base de données vide</translation>
    </message>
    <message>
        <source>The damaged file was kept as “%1”.</source>
        <translation>Le fichier endommagé a été conservé sous le nom “%1”.</translation>
    </message>
</context>
<context>
    <name>DecisionAidsPanel</name>
    <message>
        <source>For each pair of neighbours in the computed order: the smallest change of one weight that would swap them.</source>
        <translation>Pour chaque paire de voisins dans l’ordre calculé : le plus petit changement d’un seul poids qui les inverserait.</translation>
    </message>
    <message>
        <source>Where your order and the scores disagree</source>
        <translation>Là où votre ordre et les scores divergent</translation>
    </message>
    <message>
        <source>Rank stability</source>
        <translation>Stabilité du classement</translation>
    </message>
    <message>
        <source>Gut check</source>
        <translation>Test d’intuition</translation>
    </message>
    <message>
        <source>The gut check compares your order with the scores once at least two entries have different scores.</source>
        <translation>Le test d’intuition compare votre ordre aux scores dès qu’au moins deux entrées ont des scores différents.</translation>
    </message>
    <message>
        <source>Your order follows your stated priorities closely.</source>
        <translation>Votre ordre suit de près les priorités que vous avez définies.</translation>
    </message>
    <message>
        <source>Your order mostly follows your stated priorities.</source>
        <translation>Votre ordre suit en grande partie les priorités que vous avez définies.</translation>
    </message>
    <message>
        <source>Your order and your stated priorities often part ways.</source>
        <translation>Votre ordre et les priorités que vous avez définies divergent souvent.</translation>
    </message>
    <message>
        <source>Your order runs against your stated priorities.</source>
        <translation>Votre ordre va à l’encontre des priorités que vous avez définies.</translation>
    </message>
    <message>
        <source>Kendall&apos;s tau %1: %2 of %3 pairs agree, %4 disagree. %5</source>
        <translation>Tau de Kendall : %1 ; paires concordantes : %2 sur %3, discordantes : %4. %5</translation>
    </message>
    <message>
        <source>The pairs below are where your gut disagrees; either could be right.</source>
        <translation>Les paires ci-dessous sont celles où votre intuition diverge ; l’une ou l’autre peut avoir raison.</translation>
    </message>
    <message>
        <source>Left out of the decision aids</source>
        <translation>Exclues des aides à la décision</translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (retirée)</translation>
    </message>
    <message>
        <source>%1 (nothing known yet)</source>
        <translation>%1 (rien de connu pour l’instant)</translation>
    </message>
    <message>
        <source>%1 (coverage %2)</source>
        <translation>%1 (couverture %2)</translation>
    </message>
    <message numerus="yes">
        <source>Left out of both aids: %n entry(ies) whose score rests on less than %1 of the weight: %2.</source>
        <translation>
            <numerusform>Exclue des deux aides : %n entrée dont le score repose sur moins de %1 du poids : %2.</numerusform>
            <numerusform>Exclues des deux aides : %n entrées dont le score repose sur moins de %1 du poids : %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>Too few settled scores for a verdict. Rate these first: %1.</source>
        <translation>Trop peu de scores établis pour rendre un verdict. Évaluez d’abord celles-ci : %1.</translation>
    </message>
</context>
<context>
    <name>DeleteItemCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation>Suppression de “%1”</translation>
    </message>
</context>
<context>
    <name>DeleteListCommand</name>
    <message>
        <source>Delete list “%1”</source>
        <translation>Suppression de la liste “%1”</translation>
    </message>
</context>
<context>
    <name>DeleteNoteCommand</name>
    <message>
        <source>Delete a note</source>
        <translation>Suppression d’une note</translation>
    </message>
</context>
<context>
    <name>EditNoteCommand</name>
    <message>
        <source>Edit a note</source>
        <translation>Modification d’une note</translation>
    </message>
</context>
<context>
    <name>ErrorHints</name>
    <message>
        <source>Create one with “New list…” on the Rank List page.</source>
        <translation>Créez-en une avec “Nouvelle liste…” sur la page Liste de classement.</translation>
    </message>
</context>
<context>
    <name>ExportNotesDialog</name>
    <message>
        <source>Share Notes with Classmates</source>
        <translation>Partager des notes avec des camarades</translation>
    </message>
    <message>
        <source>Writes your own notes to a file you can send to classmates. Notes you imported from others are never included.</source>
        <translation>Écrit vos propres notes dans un fichier que vous pouvez envoyer à vos camarades. Les notes importées d’autres personnes ne sont jamais incluses.</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>&amp;All programs</source>
        <translation>&amp;Tous les programmes</translation>
    </message>
    <message>
        <source>&amp;Chosen programs:</source>
        <translation>Programmes &amp;choisis :</translation>
    </message>
    <message>
        <source>Programs on the &amp;list:</source>
        <translation>Programmes de la &amp;liste :</translation>
    </message>
    <message>
        <source>Rank list</source>
        <translation>Liste de classement</translation>
    </message>
    <message>
        <source>Filter programs…</source>
        <translation>Filtrer les programmes…</translation>
    </message>
    <message>
        <source>Filter programs</source>
        <translation>Filtrer les programmes</translation>
    </message>
    <message>
        <source>Programs to share notes on</source>
        <translation>Programmes dont partager les notes</translation>
    </message>
    <message>
        <source>Also share (private unless you tick them)</source>
        <translation>Partager aussi (privé, sauf si vous cochez)</translation>
    </message>
    <message>
        <source>My &amp;ratings of these tracks</source>
        <translation>Mes é&amp;valuations de ces filières</translation>
    </message>
    <message>
        <source>My ran&amp;ks (positions on my list)</source>
        <translation>Mes ran&amp;gs (positions sur ma liste)</translation>
    </message>
    <message>
        <source>My criteria and their &amp;weights</source>
        <translation>Mes critères et leurs poi&amp;ds</translation>
    </message>
    <message>
        <source>My list na&amp;mes and which tracks are on them</source>
        <translation>Les noms de &amp;mes listes et les filières qui y figurent</translation>
    </message>
    <message>
        <source>Positions on the list chosen above, or on your first primary list.</source>
        <translation>Positions sur la liste choisie ci-dessus, ou sur votre première liste principale.</translation>
    </message>
    <message>
        <source>Without ranks, tracks are listed alphabetically so their order gives nothing away.</source>
        <translation>Sans les rangs, les filières sont listées par ordre alphabétique, pour que leur ordre ne révèle rien.</translation>
    </message>
    <message>
        <source>Your classmate will see what you ticked.</source>
        <translation>Votre camarade verra ce que vous avez coché.</translation>
    </message>
    <message>
        <source>The name your classmates will see</source>
        <translation>Le nom que verront vos camarades</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>What will be shared</source>
        <translation>Ce qui sera partagé</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>You have no rank lists yet.</source>
        <translation>Vous n’avez encore aucune liste de classement.</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>Exporter les notes</translation>
    </message>
    <message>
        <source>Rankwise note files (*.%1)</source>
        <translation>Fichiers de notes Rankwise (*.%1)</translation>
    </message>
    <message>
        <source>Nothing private is included: only your notes.</source>
        <translation>Rien de privé n’est inclus : uniquement vos notes.</translation>
    </message>
    <message>
        <source>Give your name to export.</source>
        <translation>Indiquez votre nom pour exporter.</translation>
    </message>
    <message>
        <source>Tick the programs whose notes you want to share.</source>
        <translation>Cochez les programmes dont vous voulez partager les notes.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n program(s) will be shared.</source>
        <translation>
            <numerusform>sur %n programme à partager.</numerusform>
            <numerusform>sur %n programmes à partager.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <source>Each entry&apos;s &amp;breakdown: points per criterion</source>
        <translation>&amp;Décomposition de chaque entrée : points par critère</translation>
    </message>
    <message>
        <source>An excerpt of your own &amp;notes on each entry</source>
        <translation>Un extrait de vos propres &amp;notes sur chaque entrée</translation>
    </message>
    <message>
        <source>Export Rank List as PDF</source>
        <translation>Exporter la liste de classement en PDF</translation>
    </message>
    <message>
        <source>Print Rank List</source>
        <translation>Imprimer la liste de classement</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Rank list</source>
        <translation>Liste de classement</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste :</translation>
    </message>
    <message>
        <source>Your name as it should appear on the report</source>
        <translation>Votre nom tel qu’il doit figurer sur le document</translation>
    </message>
    <message>
        <source>Applicant&apos;s name</source>
        <translation>Nom du candidat</translation>
    </message>
    <message>
        <source>&amp;Applicant:</source>
        <translation>&amp;Candidat :</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>Pa&amp;pier :</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Inclure</translation>
    </message>
    <message>
        <source>Only notes you wrote; notes imported from classmates are never printed.</source>
        <translation>Uniquement les notes que vous avez écrites ; les notes importées de camarades ne sont jamais imprimées.</translation>
    </message>
    <message>
        <source>Always included: rank, program, track, NRMP code, city and state, score, and the criteria with their weights.</source>
        <translation>Toujours inclus : rang, programme, filière, code NRMP, ville et État, score, ainsi que les critères et leurs poids.</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>Fichier PDF à écrire</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save PDF</source>
        <translation>&amp;Enregistrer le PDF</translation>
    </message>
    <message>
        <source>You have no rank list yet: start one on the Rank List page.</source>
        <translation>Vous n’avez encore aucune liste de classement : commencez-en une sur la page Liste de classement.</translation>
    </message>
    <message>
        <source>Save the Rank List as PDF</source>
        <translation>Enregistrer la liste de classement en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>Rank Order List — %1</source>
        <translation>Liste de classement — %1</translation>
    </message>
    <message>
        <source>Print Preview — Rank Order List</source>
        <translation>Aperçu avant impression — Liste de classement</translation>
    </message>
</context>
<context>
    <name>GutCheckModel</name>
    <message>
        <source>%1 (your rank %2)</source>
        <translation>%1 (votre rang : %2)</translation>
    </message>
    <message>
        <source>You rank %1 (%2) above %3 (%4), which scores %5 points higher.</source>
        <translation>Vous classez %1 (%2) devant %3 (%4), dont le score est supérieur de %5 points.</translation>
    </message>
    <message>
        <source>You rank %1 above %2, but %2 scores %3 points higher.</source>
        <translation>Vous classez %1 devant %2, mais le score de %2 est supérieur de %3 points.</translation>
    </message>
    <message>
        <source>You rank higher</source>
        <translation>Classée plus haut par vous</translation>
    </message>
    <message>
        <source>Scores higher</source>
        <translation>Meilleur score</translation>
    </message>
    <message>
        <source>Score gap</source>
        <translation>Écart de score</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Désaccord</translation>
    </message>
</context>
<context>
    <name>ImportCsvCommand</name>
    <message>
        <source>Import %1</source>
        <translation>Importation de %1</translation>
    </message>
</context>
<context>
    <name>ImportCsvDialog</name>
    <message>
        <source>Import the column as</source>
        <translation>Importer la colonne comme</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <source>Put the rows on the rank &amp;list</source>
        <translation>Placer les lignes sur la &amp;liste de classement</translation>
    </message>
    <message>
        <source>Import a Spreadsheet — %1</source>
        <translation>Importer une feuille de calcul — %1</translation>
    </message>
    <message>
        <source>Columns: what each one is (click a role to change it)</source>
        <translation>Colonnes : ce que représente chacune (cliquez sur un rôle pour le modifier)</translation>
    </message>
    <message>
        <source>Rows: what each one becomes here</source>
        <translation>Lignes : ce que devient chacune ici</translation>
    </message>
    <message>
        <source>Name of the rank list</source>
        <translation>Nom de la liste de classement</translation>
    </message>
    <message>
        <source>In the order of the Rank column, or of the rows when there is none. An existing list&apos;s order is replaced, after a snapshot.</source>
        <translation>Dans l’ordre de la colonne Rank, ou dans celui des lignes s’il n’y en a pas. L’ordre d’une liste existante est remplacé, après un instantané.</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problèmes dans le fichier</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>Ce que fait l’importation</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), separated by “%2”%3.</source>
        <translation>
            <numerusform>%1 : %n ligne, séparateur “%2”%3.</numerusform>
            <numerusform>%1 : %n lignes, séparateur “%2”%3.</numerusform>
        </translation>
    </message>
    <message>
        <source>, UTF-8 with a byte order mark</source>
        <translation>, UTF-8 avec indicateur d’ordre des octets (BOM)</translation>
    </message>
    <message>
        <source>%1 cannot be imported.</source>
        <translation>%1 ne peut pas être importé.</translation>
    </message>
    <message>
        <source>The import is one step: Edit › Undo takes it all back.</source>
        <translation>L’importation forme une seule étape : Édition › Annuler la défait entièrement.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix in the file (or by choosing what a column is) before it can be imported. Nothing has been written.</source>
        <translation>
            <numerusform>%n problème à corriger dans le fichier (ou en choisissant ce qu’est une colonne) avant de pouvoir l’importer. Rien n’a été écrit.</numerusform>
            <numerusform>%n problèmes à corriger dans le fichier (ou en choisissant ce qu’est une colonne) avant de pouvoir l’importer. Rien n’a été écrit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportNotesCommand</name>
    <message>
        <source>Import notes from %1</source>
        <translation>Importation des notes de %1</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import Classmate&apos;s Notes</source>
        <translation>Importer les notes d’un camarade</translation>
    </message>
    <message>
        <source>This note file cannot be imported.</source>
        <translation>Ce fichier de notes ne peut pas être importé.</translation>
    </message>
    <message>
        <source>Nothing was changed. Ask your classmate to export the file again.</source>
        <translation>Rien n’a été modifié. Demandez à votre camarade d’exporter à nouveau le fichier.</translation>
    </message>
    <message>
        <source>Why the file was refused</source>
        <translation>Pourquoi le fichier a été refusé</translation>
    </message>
    <message>
        <source>Notes from %1</source>
        <translation>Notes de %1</translation>
    </message>
    <message numerus="yes">
        <source>File “%1”, written %2 · %n note(s)</source>
        <translation>
            <numerusform>Fichier “%1”, écrit le %2 · %n note</numerusform>
            <numerusform>Fichier “%1”, écrit le %2 · %n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Classmate&apos;s name</source>
        <translation>Nom du camarade</translation>
    </message>
    <message>
        <source>Their notes appear under this name beside yours. Importing again under the same name updates them.</source>
        <translation>Ses notes apparaissent sous ce nom à côté des vôtres. Importer de nouveau sous le même nom les met à jour.</translation>
    </message>
    <message>
        <source>Show their notes &amp;as:</source>
        <translation>Afficher ses notes &amp;sous le nom :</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Ce que fera l’importation</translation>
    </message>
    <message>
        <source>&amp;Notes (%1)</source>
        <translation>&amp;Notes (%1)</translation>
    </message>
    <message>
        <source>&amp;Ratings, ranks and weights (not stored)</source>
        <translation>É&amp;valuations, rangs et poids (non enregistrés)</translation>
    </message>
    <message>
        <source>S&amp;kip them</source>
        <translation>&amp;Les ignorer</translation>
    </message>
    <message>
        <source>A&amp;dd their programs as my own, then import the notes</source>
        <translation>A&amp;jouter ses programmes comme les miens, puis importer les notes</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Tous les éléments</translation>
    </message>
    <message>
        <source>Not in your programs</source>
        <translation>Absents de vos programmes</translation>
    </message>
    <message>
        <source>New or updated</source>
        <translation>Nouveaux ou mis à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>A&amp;fficher :</translation>
    </message>
    <message>
        <source>Notes in the file</source>
        <translation>Notes du fichier</translation>
    </message>
    <message>
        <source>Each note, what it is about in their file and here, how it matched, and what importing does</source>
        <translation>Chaque note : ce qu’elle concerne dans le fichier du camarade et ici, comment elle a été associée, et ce que fait l’importation</translation>
    </message>
    <message>
        <source>Selected note</source>
        <translation>Note sélectionnée</translation>
    </message>
    <message>
        <source>Select a note to read it whole.</source>
        <translation>Sélectionnez une note pour la lire en entier.</translation>
    </message>
    <message>
        <source>Your classmate chose to share these. They are shown here for your information only: Rankwise never stores a classmate&apos;s ratings, ranks, weights or lists, and yours stay exactly as they are.</source>
        <translation>Votre camarade a choisi de partager ces éléments. Ils sont affichés ici à titre d’information uniquement : Rankwise n’enregistre jamais les évaluations, rangs, poids ou listes d’un camarade, et les vôtres restent exactement tels quels.</translation>
    </message>
    <message>
        <source>%1 matched · %2 not in your programs — %3 new · %4 updated · %5 unchanged</source>
        <translation>associées : %1 · absentes de vos programmes : %2 — nouvelles : %3 · mises à jour : %4 · inchangées : %5</translation>
    </message>
    <message>
        <source>This file was exported from this very database: its notes are your own, and importing stores them again as a classmate&apos;s.</source>
        <translation>Ce fichier a été exporté depuis cette même base de données : ses notes sont les vôtres, et l’importation les enregistre de nouveau comme celles d’un camarade.</translation>
    </message>
    <message>
        <source>This file is older than the one you imported from %1 before (written %2). Notes you already have from them are kept as they are; only notes new to you are added.</source>
        <translation>Ce fichier est plus ancien que celui que vous avez importé de %1 auparavant (écrit le %2). Les notes que vous avez déjà de cette personne sont conservées telles quelles ; seules les notes nouvelles pour vous sont ajoutées.</translation>
    </message>
    <message>
        <source>You imported notes from %1 before: this import updates their notes instead of adding copies.</source>
        <translation>Vous avez déjà importé des notes de %1 : cette importation met à jour ses notes au lieu d’en ajouter des copies.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) in this file are older than the copy you have and stay as they are.</source>
        <translation>
            <numerusform>%n note de ce fichier est plus ancienne que votre copie et reste telle quelle.</numerusform>
            <numerusform>%n notes de ce fichier sont plus anciennes que votre copie et restent telles quelles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes on programs you do not have (%1)</source>
        <translation>Notes sur des programmes que vous n’avez pas (%1)</translation>
    </message>
    <message>
        <source>Adds: %1</source>
        <translation>Ajoute : %1</translation>
    </message>
    <message>
        <source>In their file:</source>
        <translation>Dans son fichier :</translation>
    </message>
    <message>
        <source>Here:</source>
        <translation>Ici :</translation>
    </message>
    <message>
        <source>not in your programs</source>
        <translation>absent de vos programmes</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>Écrite :</translation>
    </message>
    <message>
        <source>%1, last changed %2</source>
        <translation>le %1, modifiée le %2</translation>
    </message>
    <message>
        <source>This note holds control or text-direction characters; they are shown as marks such as ⟦U+202E⟧ and have no effect.</source>
        <translation>Cette note contient des caractères de contrôle ou de direction du texte ; ils sont affichés sous forme de marques telles que ⟦U+202E⟧ et n’ont aucun effet.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé : %1</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>NRMP code</source>
        <translation>Code NRMP</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Program only</source>
        <translation>Programme seul</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucune correspondance</translation>
    </message>
    <message>
        <source>Not in your programs</source>
        <translation>Absent de vos programmes</translation>
    </message>
    <message>
        <source>Key in their file: %1</source>
        <translation>Clé dans son fichier : %1</translation>
    </message>
    <message>
        <source>In their file</source>
        <translation>Dans son fichier</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Associée par</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Explorer</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Avis de lecture seule</translation>
    </message>
    <message>
        <source>Rankwise</source>
        <translation>Rankwise</translation>
    </message>
    <message>
        <source>Updated with changes saved elsewhere (another Rankwise window or rankwise-cli).</source>
        <translation>Mis à jour avec des modifications enregistrées ailleurs (une autre fenêtre Rankwise ou rankwise-cli).</translation>
    </message>
    <message>
        <source>&amp;Rank List</source>
        <translation>&amp;Liste de classement</translation>
    </message>
    <message>
        <source>Cannot add to the rank list</source>
        <translation>Impossible d’ajouter à la liste de classement</translation>
    </message>
    <message>
        <source>Added to the rank list.</source>
        <translation>Ajoutée à la liste de classement.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>Start an empty database with the bundled catalog</source>
        <translation>Créer une base de données vide avec le catalogue fourni</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Import a Classmate&apos;s Notes…</source>
        <translation>&amp;Importer les notes d’un camarade…</translation>
    </message>
    <message>
        <source>Preview a .rwnotes file and add its notes beside yours</source>
        <translation>Prévisualiser un fichier .rwnotes et ajouter ses notes à côté des vôtres</translation>
    </message>
    <message>
        <source>&amp;Export Notes to Share…</source>
        <translation>&amp;Exporter des notes à partager…</translation>
    </message>
    <message>
        <source>Write your notes to a .rwnotes file for classmates</source>
        <translation>Écrire vos notes dans un fichier .rwnotes pour vos camarades</translation>
    </message>
    <message>
        <source>C&amp;lassmates…</source>
        <translation>&amp;Camarades…</translation>
    </message>
    <message>
        <source>See whose notes you imported and remove a classmate&apos;s notes</source>
        <translation>Voir de qui vous avez importé des notes et retirer les notes d’un camarade</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Filter the programs</source>
        <translation>Filtrer les programmes</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Rankwise</source>
        <translation>À &amp;propos de Rankwise</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Rankwise databases (*.sqlite);;All files (*)</source>
        <translation>Bases de données Rankwise (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>Impossible de créer la base de données</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or open it with File › Open Database.</source>
        <translation>“%1” existe déjà. Choisissez un autre nom, ou ouvrez-le avec Fichier › Ouvrir une base de données.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>“%1” does not exist (any more).</source>
        <translation>“%1” n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Base de données créée : %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Base de données ouverte : %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>%1 — Rankwise</source>
        <translation>%1 — Rankwise</translation>
    </message>
    <message>
        <source>The open database; every change is saved to it as you make it.</source>
        <translation>La base de données ouverte ; chaque modification y est enregistrée au fur et à mesure.</translation>
    </message>
    <message>
        <source>&amp;Compare (%1)</source>
        <translation>&amp;Comparer (%1)</translation>
    </message>
    <message>
        <source>About Rankwise</source>
        <translation>À propos de Rankwise</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rankwise %1&lt;/h3&gt;&lt;p&gt;Compare residency programs, keep private notes and build your rank order list, entirely offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rankwise %1&lt;/h3&gt;&lt;p&gt;Comparez des programmes de résidence, prenez des notes privées et construisez votre liste de classement, entièrement hors ligne.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import a Classmate&apos;s Notes</source>
        <translation>Importer les notes d’un camarade</translation>
    </message>
    <message>
        <source>Rankwise notes (*.rwnotes);;All files (*)</source>
        <translation>Notes Rankwise (*.rwnotes);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported the notes of %1.</source>
        <translation>Notes de %1 importées.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n note(s) to %1.</source>
        <translation>
            <numerusform>%n note écrite dans %1.</numerusform>
            <numerusform>%n notes écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>The applicant&apos;s name and the paper size for printed lists</source>
        <translation>Le nom du candidat et le format du papier pour les listes imprimées</translation>
    </message>
    <message>
        <source>Read-only because %1. You can look at everything; changes cannot be saved to this file.</source>
        <translation>En lecture seule, car %1. Vous pouvez tout consulter ; les modifications ne peuvent pas être enregistrées dans ce fichier.</translation>
    </message>
    <message>
        <source>Export Rank List as P&amp;DF…</source>
        <translation>Exporter la liste de classement en P&amp;DF…</translation>
    </message>
    <message>
        <source>Write the rank list as a PDF to print or bring to your advisor</source>
        <translation>Écrire la liste de classement dans un PDF à imprimer ou à montrer à votre conseiller</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>See the printed rank list page by page</source>
        <translation>Voir la liste de classement imprimée, page par page</translation>
    </message>
    <message>
        <source>&amp;Print Rank List…</source>
        <translation>Im&amp;primer la liste de classement…</translation>
    </message>
    <message>
        <source>Export Rank List as &amp;CSV…</source>
        <translation>Exporter la liste de classement en C&amp;SV…</translation>
    </message>
    <message>
        <source>Write the rank list and your ratings as a spreadsheet</source>
        <translation>Écrire la liste de classement et vos évaluations dans une feuille de calcul</translation>
    </message>
    <message>
        <source>Import a &amp;Spreadsheet (CSV)…</source>
        <translation>Importer une &amp;feuille de calcul (CSV)…</translation>
    </message>
    <message>
        <source>Bring in programs, ratings and a rank order from a spreadsheet, with a preview first</source>
        <translation>Importer des programmes, des évaluations et un ordre de classement depuis une feuille de calcul, avec un aperçu préalable</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rank(s)</source>
        <translation>
            <numerusform>%n rang écrit</numerusform>
            <numerusform>%n rangs écrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n page(s) to %1.</source>
        <translation>
            <numerusform>sur %n page dans %1.</numerusform>
            <numerusform>sur %n pages dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export the rank list</source>
        <translation>Impossible d’exporter la liste de classement</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rank(s) to %1.</source>
        <translation>
            <numerusform>%n rang écrit dans %1.</numerusform>
            <numerusform>%n rangs écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Rank List as CSV</source>
        <translation>Exporter la liste de classement en CSV</translation>
    </message>
    <message>
        <source>You have no rank list yet: start one on the Rank List page.</source>
        <translation>Vous n’avez encore aucune liste de classement : commencez-en une sur la page Liste de classement.</translation>
    </message>
    <message>
        <source>Export “%1” as CSV</source>
        <translation>Exporter “%1” en CSV</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv);;All files (*)</source>
        <translation>Feuilles de calcul CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a Spreadsheet</source>
        <translation>Importer une feuille de calcul</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv *.txt);;All files (*)</source>
        <translation>Feuilles de calcul CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported %1. Edit › Undo takes the import back.</source>
        <translation>%1 importé. Édition › Annuler défait l’importation.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>NewListDialog</name>
    <message>
        <source>New Rank List</source>
        <translation>Nouvelle liste de classement</translation>
    </message>
    <message>
        <source>e.g. Internal Medicine</source>
        <translation>p. ex. Médecine interne</translation>
    </message>
    <message>
        <source>Primary list</source>
        <translation>Liste principale</translation>
    </message>
    <message>
        <source>Supplemental list (preliminary positions)</source>
        <translation>Liste supplémentaire (postes préliminaires)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(note vide)</translation>
    </message>
    <message>
        <source>By %1; written %2, last changed %3</source>
        <translation>Par %1 ; écrite le %2, modifiée le %3</translation>
    </message>
    <message>
        <source>Note by %1, changed %2: %3</source>
        <translation>Note de %1, modifiée le %2 : %3</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>&lt;b&gt;Notes on&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notes sur&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Write notes on</source>
        <translation>Écrire des notes sur</translation>
    </message>
    <message>
        <source>The program, track or continuity site these notes are about</source>
        <translation>Le programme, la filière ou le site de continuité concernés par ces notes</translation>
    </message>
    <message>
        <source>Show notes by</source>
        <translation>Afficher les notes de</translation>
    </message>
    <message>
        <source>Show notes by everyone, only yours, or one classmate’s</source>
        <translation>Afficher les notes de tout le monde, uniquement les vôtres, ou celles d’un camarade</translation>
    </message>
    <message>
        <source>Blank Note</source>
        <translation>Note vierge</translation>
    </message>
    <message>
        <source>From Template: %1</source>
        <translation>À partir du modèle : %1</translation>
    </message>
    <message>
        <source>New Note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Start a new note; the arrow offers templates for an interview day, pros and cons, questions…</source>
        <translation>Commencer une nouvelle note ; la flèche propose des modèles : journée d’entretien, pour et contre, questions…</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Delete this note (you can undo it)</source>
        <translation>Supprimer cette note (vous pouvez l’annuler)</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Show your note formatted (headings, lists, bold)</source>
        <translation>Afficher votre note mise en forme (titres, listes, gras)</translation>
    </message>
    <message>
        <source>&amp;by</source>
        <translation>&amp;de</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Note, formatted</source>
        <translation>Note mise en forme</translation>
    </message>
    <message>
        <source>Note status</source>
        <translation>État de la note</translation>
    </message>
    <message>
        <source>Select a program to write notes on it.</source>
        <translation>Sélectionnez un programme pour y écrire des notes.</translation>
    </message>
    <message>
        <source>Write your notes here; they are saved as you type.

# heading   - list item   **bold**   *italics*</source>
        <translation>Écrivez vos notes ici ; elles sont enregistrées au fil de la saisie.

# titre   - élément de liste   **gras**   *italique*</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Track: %1</source>
        <translation>Filière : %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site : %1</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>me</source>
        <translation>moi</translation>
    </message>
    <message>
        <source>By %1 · changed %2</source>
        <translation>Par %1 · modifiée le %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistrée : %1</translation>
    </message>
    <message>
        <source>%1’s note, imported from their note file; read-only.</source>
        <translation>Note de %1, importée de son fichier de notes ; lecture seule.</translation>
    </message>
    <message>
        <source>New note: it is saved as you type.</source>
        <translation>Nouvelle note : elle est enregistrée au fil de la saisie.</translation>
    </message>
    <message>
        <source>Saved · changed %1 · written %2</source>
        <translation>Enregistrée · modifiée le %1 · écrite le %2</translation>
    </message>
    <message>
        <source>Your private note, saved as you type; Markdown-style headings, lists, bold and italics</source>
        <translation>Votre note privée, enregistrée au fil de la saisie ; titres, listes, gras et italique à la Markdown</translation>
    </message>
    <message>
        <source>The note as it looks formatted, read-only</source>
        <translation>La note telle qu’elle apparaît mise en forme, en lecture seule</translation>
    </message>
</context>
<context>
    <name>PeersDialog</name>
    <message>
        <source>Classmates&apos; Notes</source>
        <translation>Notes des camarades</translation>
    </message>
    <message>
        <source>Classmates whose notes you imported. Their notes appear beside yours; removing a classmate removes only their notes.</source>
        <translation>Les camarades dont vous avez importé les notes. Leurs notes apparaissent à côté des vôtres ; retirer un camarade ne retire que ses notes.</translation>
    </message>
    <message>
        <source>Classmates</source>
        <translation>Camarades</translation>
    </message>
    <message>
        <source>No classmate&apos;s notes yet. Import a .rwnotes file a classmate sent you to see their notes beside yours.</source>
        <translation>Aucune note de camarade pour l’instant. Importez un fichier .rwnotes envoyé par un camarade pour voir ses notes à côté des vôtres.</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Remove the selected classmate and their notes (Delete)</source>
        <translation>Retirer le camarade sélectionné et ses notes (Suppr)</translation>
    </message>
    <message>
        <source>Cannot read classmates</source>
        <translation>Impossible de lire les camarades</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 and their %n note(s)?</source>
        <translation>
            <numerusform>Retirer %1 et %n note ?</numerusform>
            <numerusform>Retirer %1 et ses %n notes ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Your own notes are not touched.</source>
        <translation>Vos propres notes ne sont pas touchées.</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Vous pouvez l’annuler.</translation>
    </message>
    <message>
        <source>Remove Classmate</source>
        <translation>Retirer le camarade</translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>Impossible de retirer</translation>
    </message>
</context>
<context>
    <name>PeersModel</name>
    <message>
        <source>Classmate</source>
        <translation>Camarade</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importées le</translation>
    </message>
    <message>
        <source>File written</source>
        <translation>Fichier écrit le</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Lettre US (8,5 × 11 po)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Printed and exported rank lists use these unless you change them when you export.</source>
        <translation>Les listes de classement imprimées et exportées utilisent ces réglages, sauf si vous les modifiez lors de l’exportation.</translation>
    </message>
    <message>
        <source>Your name as it should appear on the report</source>
        <translation>Votre nom tel qu’il doit figurer sur le document</translation>
    </message>
    <message>
        <source>Applicant&apos;s name</source>
        <translation>Nom du candidat</translation>
    </message>
    <message>
        <source>&amp;Applicant&apos;s name:</source>
        <translation>&amp;Nom du candidat :</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Format du papier :</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Par défaut du système (%1)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Also sets how dates and numbers are written. Applies the next time Rankwise starts.</source>
        <translation>Définit aussi l’écriture des dates et des nombres. S’applique au prochain démarrage de Rankwise.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Rankwise will use this language the next time it starts.</source>
        <translation>Rankwise utilisera cette langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>ProblemLine</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>ProgramDetailsView</name>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>Écrire une note</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>le programme</translation>
    </message>
    <message>
        <source>the %1 track</source>
        <translation>la filière %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>Program details</source>
        <translation>Détails du programme</translation>
    </message>
    <message>
        <source>Select a program to see its tracks, continuity sites and curriculum.</source>
        <translation>Sélectionnez un programme pour voir ses filières, ses sites de continuité et son programme de formation.</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>Ajouté par vous</translation>
    </message>
    <message>
        <source>From the catalog (read-only; annotate it with notes)</source>
        <translation>Issu du catalogue (lecture seule ; annotez-le avec des notes)</translation>
    </message>
    <message>
        <source>Notes on this program: %1 (read them)</source>
        <translation>Notes sur ce programme : %1 (les lire)</translation>
    </message>
    <message>
        <source>Open the website</source>
        <translation>Ouvrir le site web</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Ambulatory share</source>
        <translation>Part ambulatoire</translation>
    </message>
    <message>
        <source>Ambulatory months</source>
        <translation>Mois ambulatoires</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Filières</translation>
    </message>
    <message>
        <source>NRMP code</source>
        <translation>Code NRMP</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>Continuity sites (%n)</source>
        <translation>
            <numerusform>Site de continuité (%n)</numerusform>
            <numerusform>Sites de continuité (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Residents placed</source>
        <translation>Résidents affectés</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Staff languages</source>
        <translation>Langues du personnel</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>Interprètes</translation>
    </message>
    <message>
        <source>On-site subspecialties</source>
        <translation>Sous-spécialités sur place</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Programme de formation</translation>
    </message>
    <message>
        <source>%1 track</source>
        <translation>filière %1</translation>
    </message>
    <message>
        <source>Partnering institutions</source>
        <translation>Établissements partenaires</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Facts about the selected program and its tracks, sites and curriculum, each with its source</source>
        <translation>Les faits sur le programme sélectionné, ses filières, ses sites et son cursus, chacun avec sa source</translation>
    </message>
    <message>
        <source>%1 from campus</source>
        <translation>%1 du campus</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>Internal Medicine</source>
        <translation>Médecine interne</translation>
    </message>
    <message>
        <source>Add a Program</source>
        <translation>Ajouter un programme</translation>
    </message>
    <message>
        <source>Edit Program</source>
        <translation>Modifier le programme</translation>
    </message>
    <message>
        <source>e.g. Lakeside Internal Medicine Residency</source>
        <translation>p. ex. Lakeside Internal Medicine Residency</translation>
    </message>
    <message>
        <source>The sponsoring hospital</source>
        <translation>L’hôpital de rattachement</translation>
    </message>
    <message>
        <source>e.g. MA</source>
        <translation>p. ex. MA</translation>
    </message>
    <message>
        <source>e.g. 4+1 or 3+2</source>
        <translation>p. ex. 4+1 ou 3+2</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>Avec vos propres mots</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>Éta&amp;blissement :</translation>
    </message>
    <message>
        <source>&amp;Specialty:</source>
        <translation>&amp;Spécialité :</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web :</translation>
    </message>
    <message>
        <source>&amp;Positions:</source>
        <translation>&amp;Postes :</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>&amp;Calendrier :</translation>
    </message>
    <message>
        <source>&amp;Ambulatory share:</source>
        <translation>Part &amp;ambulatoire :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Tracks (what you rank; each with its own NRMP code)</source>
        <translation>Filières (ce que vous classez ; chacune a son propre code NRMP)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>NRMP code (optional)</source>
        <translation>Code NRMP (facultatif)</translation>
    </message>
    <message>
        <source>Add &amp;Track</source>
        <translation>Ajouter une &amp;filière</translation>
    </message>
    <message>
        <source>Categorical</source>
        <translation>Catégoriel</translation>
    </message>
    <message>
        <source>Track name</source>
        <translation>Nom de la filière</translation>
    </message>
    <message>
        <source>Track type</source>
        <translation>Type de filière</translation>
    </message>
    <message>
        <source>NRMP code</source>
        <translation>Code NRMP</translation>
    </message>
    <message>
        <source>Remove this track</source>
        <translation>Retirer cette filière</translation>
    </message>
    <message>
        <source>Remove track</source>
        <translation>Retirer la filière</translation>
    </message>
</context>
<context>
    <name>ProgramEdits</name>
    <message>
        <source>Catalog entries are read-only</source>
        <translation>Les entrées du catalogue sont en lecture seule</translation>
    </message>
    <message>
        <source>“%1” comes from the bundled catalog, so it cannot be edited or deleted. Write a note on it instead, or add a track or site of your own.</source>
        <translation>“%1” provient du catalogue fourni, dont les entrées ne peuvent être ni modifiées ni supprimées. Écrivez plutôt une note à son sujet, ou ajoutez votre propre filière ou votre propre site.</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Action impossible</translation>
    </message>
    <message>
        <source>Edit track “%1”</source>
        <translation>Modification de la filière “%1”</translation>
    </message>
    <message>
        <source>Edit site “%1”</source>
        <translation>Modification du site “%1”</translation>
    </message>
    <message>
        <source>Edit program “%1”</source>
        <translation>Modification du programme “%1”</translation>
    </message>
</context>
<context>
    <name>ProgramTreeModel</name>
    <message>
        <source>%1 (added by you)</source>
        <translation>%1 (ajouté par vous)</translation>
    </message>
    <message>
        <source>Notes on this program, its tracks and sites: %1</source>
        <translation>Notes sur ce programme, ses filières et ses sites : %1</translation>
    </message>
    <message>
        <source>NRMP %1</source>
        <translation>NRMP %1</translation>
    </message>
    <message>
        <source>Program / track</source>
        <translation>Programme / filière</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>City, state</source>
        <translation>Ville, État</translation>
    </message>
    <message>
        <source>Track type</source>
        <translation>Type de filière</translation>
    </message>
    <message>
        <source>Ambulatory</source>
        <translation>Ambulatoire</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>RangeEdit</name>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
</context>
<context>
    <name>RankController</name>
    <message>
        <source>There is already a criterion named “%1”.</source>
        <translation>Un critère nommé “%1” existe déjà.</translation>
    </message>
    <message>
        <source>Every suggested criterion is already there.</source>
        <translation>Tous les critères suggérés sont déjà présents.</translation>
    </message>
    <message>
        <source>That criterion no longer exists.</source>
        <translation>Ce critère n’existe plus.</translation>
    </message>
    <message>
        <source>“%1” comes from the program facts (%2); it is not rated by you.</source>
        <translation>“%1” provient des données du programme (%2) ; ce n’est pas vous qui l’évaluez.</translation>
    </message>
    <message>
        <source>Rate %1 %2 on “%3”</source>
        <translation>Évaluation de %1 à %2 sur “%3”</translation>
    </message>
    <message>
        <source>Clear the rating of %1 on “%2”</source>
        <translation>Effacement de l’évaluation de %1 sur “%2”</translation>
    </message>
    <message>
        <source>There is already a rank list named “%1”.</source>
        <translation>Une liste de classement nommée “%1” existe déjà.</translation>
    </message>
    <message>
        <source>There is no list to delete.</source>
        <translation>Il n’y a aucune liste à supprimer.</translation>
    </message>
    <message>
        <source>Create a rank list first.</source>
        <translation>Créez d’abord une liste de classement.</translation>
    </message>
    <message>
        <source>That entry is no longer on the list.</source>
        <translation>Cette entrée n’est plus sur la liste.</translation>
    </message>
    <message>
        <source>That snapshot no longer exists.</source>
        <translation>Cet instantané n’existe plus.</translation>
    </message>
    <message>
        <source>Set weight of “%1”</source>
        <translation>Modification du poids de “%1”</translation>
    </message>
    <message>
        <source>Rename criterion “%1” to “%2”</source>
        <translation>Renommage du critère “%1” en “%2”</translation>
    </message>
    <message>
        <source>Lower is better for “%1”</source>
        <translation>Plus bas, c’est mieux pour “%1”</translation>
    </message>
    <message>
        <source>Higher is better for “%1”</source>
        <translation>Plus élevé, c’est mieux pour “%1”</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajout de %1</translation>
    </message>
    <message>
        <source>Move %1 to rank %2</source>
        <translation>Déplacement de %1 au rang %2</translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation>Épinglage de %1</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Désépinglage de %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Clear your value of %1 on “%2”</source>
        <translation>Effacement de votre valeur de %1 sur “%2”</translation>
    </message>
    <message>
        <source>Set %1 to Yes on “%2”</source>
        <translation>Réglage de %1 à Oui sur “%2”</translation>
    </message>
    <message>
        <source>Set %1 to No on “%2”</source>
        <translation>Réglage de %1 à Non sur “%2”</translation>
    </message>
    <message>
        <source>Set %1 to %2 on “%3”</source>
        <translation>Réglage de %1 à %2 sur “%3”</translation>
    </message>
</context>
<context>
    <name>RankListModel</name>
    <message>
        <source>no score</source>
        <translation>sans score</translation>
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
        <translation>%1 (retirée)</translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n manquant</numerusform>
            <numerusform>%n manquants</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is no longer offered (withdrawn from the catalog or deleted). It stays on your list but is not scored.</source>
        <translation>%1 n’est plus proposée (retirée du catalogue ou supprimée). Elle reste sur votre liste mais n’a pas de score.</translation>
    </message>
    <message>
        <source>%1
Key: %2</source>
        <translation>%1
Clé : %2</translation>
    </message>
    <message>
        <source>No criterion with a weight has a value for this track yet</source>
        <translation>Aucun critère pondéré n’a encore de valeur pour cette filière</translation>
    </message>
    <message numerus="yes">
        <source>You rank it %n place(s) higher than its score does</source>
        <translation>
            <numerusform>Vous la classez %n place plus haut que son score</numerusform>
            <numerusform>Vous la classez %n places plus haut que son score</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You rank it %n place(s) lower than its score does</source>
        <translation>
            <numerusform>Vous la classez %n place plus bas que son score</numerusform>
            <numerusform>Vous la classez %n places plus bas que son score</numerusform>
        </translation>
    </message>
    <message>
        <source>Your rank matches its computed position</source>
        <translation>Votre rang correspond à sa position calculée</translation>
    </message>
    <message>
        <source>Pinned entries keep their rank when you sort by score (Space toggles)</source>
        <translation>Les entrées épinglées gardent leur rang quand vous triez par score (Espace pour basculer)</translation>
    </message>
    <message>
        <source>No value for: %1. Missing values are left out of the score, not counted as 0.</source>
        <translation>Aucune valeur pour : %1. Les valeurs manquantes sont exclues du score, et non comptées comme 0.</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglée</translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation>Non épinglée</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Track and program</source>
        <translation>Filière et programme</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>By score</source>
        <translation>Par score</translation>
    </message>
    <message>
        <source>±</source>
        <translation>±</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingle</translation>
    </message>
    <message>
        <source>NRMP code</source>
        <translation>Code NRMP</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquants</translation>
    </message>
    <message>
        <source>Your rank: the order you will certify</source>
        <translation>Votre rang : l’ordre que vous certifierez</translation>
    </message>
    <message>
        <source>Where the weighted score would put it</source>
        <translation>La place que lui donnerait le score pondéré</translation>
    </message>
    <message>
        <source>Your rank against the computed one: ▲ you rank it higher than its score does, ▼ lower, = the same</source>
        <translation>Votre rang comparé au rang calculé : ▲ vous la classez plus haut que son score, ▼ plus bas, = identique</translation>
    </message>
    <message>
        <source>Pinned entries keep their rank when you sort by score</source>
        <translation>Les entrées épinglées gardent leur rang quand vous triez par score</translation>
    </message>
    <message>
        <source>Criteria with no value for this track</source>
        <translation>Critères sans valeur pour cette filière</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>Score %1 out of 100, on every criterion (coverage %2)</source>
        <translation>Score de %1 sur 100, sur tous les critères (couverture %2)</translation>
    </message>
    <message>
        <source>Score %1 out of 100, on %2 of the weight; between %3 and %4 once the missing values are known</source>
        <translation>Score de %1 sur 100, sur %2 du poids ; entre %3 et %4 une fois les valeurs manquantes connues</translation>
    </message>
    <message>
        <source>Provisional: less than %1 of the weight is known; rate the missing values to settle it</source>
        <translation>Provisoire : moins de %1 du poids est connu ; évaluez les valeurs manquantes pour l’établir</translation>
    </message>
</context>
<context>
    <name>RankListPanel</name>
    <message>
        <source>&amp;New list…</source>
        <translation>&amp;Nouvelle liste…</translation>
    </message>
    <message>
        <source>Create a primary or supplemental rank list</source>
        <translation>Créer une liste de classement principale ou supplémentaire</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Supprimer la liste</translation>
    </message>
    <message>
        <source>Delete this list and its snapshots (Undo brings it back)</source>
        <translation>Supprimer cette liste et ses instantanés (Annuler la rétablit)</translation>
    </message>
    <message>
        <source>A&amp;dd to list</source>
        <translation>A&amp;jouter à la liste</translation>
    </message>
    <message>
        <source>&amp;Sort by score</source>
        <translation>&amp;Trier par score</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Monter (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Descendre (Ctrl+Bas)</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Pin or unpin: sort by score leaves pinned entries in place (Space)</source>
        <translation>Épingler ou désépingler : le tri par score laisse les entrées épinglées en place (Espace)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Take the entry off the list (Delete)</source>
        <translation>Retirer l’entrée de la liste (Suppr)</translation>
    </message>
    <message>
        <source>Rank list</source>
        <translation>Liste de classement</translation>
    </message>
    <message>
        <source>Track to add</source>
        <translation>Filière à ajouter</translation>
    </message>
    <message>
        <source>Find a program or track to add…</source>
        <translation>Trouver un programme ou une filière à ajouter…</translation>
    </message>
    <message>
        <source>Reorder by score, leaving pinned entries in place. A snapshot of the order before is taken first.</source>
        <translation>Réordonner par score, en laissant les entrées épinglées en place. Un instantané de l’ordre précédent est pris d’abord.</translation>
    </message>
    <message>
        <source>NRMP warnings</source>
        <translation>Avertissements NRMP</translation>
    </message>
    <message>
        <source>By score</source>
        <translation>Par score</translation>
    </message>
    <message>
        <source>10 missing</source>
        <translation>10 manquants</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste :</translation>
    </message>
    <message>
        <source>%1 (supplemental)</source>
        <translation>%1 (supplémentaire)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>No rank list yet. Create one with “New list…” to start ranking.</source>
        <translation>Aucune liste de classement pour l’instant. Créez-en une avec “Nouvelle liste…” pour commencer à classer.</translation>
    </message>
    <message>
        <source>This list is empty. Find a program or track above and add it.</source>
        <translation>Cette liste est vide. Cherchez ci-dessus un programme ou une filière à ajouter.</translation>
    </message>
    <message>
        <source>No track to add matches “%1”.</source>
        <translation>Aucune filière à ajouter ne correspond à “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n tracks match “%1”: choose one from the list.</source>
        <translation>
            <numerusform>%n filière correspond à “%1” : choisissez-en une dans la liste.</numerusform>
            <numerusform>%n filières correspondent à “%1” : choisissez-en une dans la liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>My rank list</source>
        <translation>Ma liste de classement</translation>
    </message>
</context>
<context>
    <name>RankListView</name>
    <message>
        <source>Rank list</source>
        <translation>Liste de classement</translation>
    </message>
    <message>
        <source>Your order. Ctrl+Up and Ctrl+Down move the selected entry, Space pins it, Delete removes it; entries can also be dragged.</source>
        <translation>Votre ordre. Ctrl+Haut et Ctrl+Bas déplacent l’entrée sélectionnée, Espace l’épingle, Suppr la retire ; les entrées peuvent aussi être glissées.</translation>
    </message>
</context>
<context>
    <name>RankPage</name>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n’est ouverte.</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Export, print or import the rank list</source>
        <translation>Exporter, imprimer ou importer la liste de classement</translation>
    </message>
    <message>
        <source>Export, print or import</source>
        <translation>Exporter, imprimer ou importer</translation>
    </message>
</context>
<context>
    <name>RankWorkspace</name>
    <message>
        <source>Rank list builder</source>
        <translation>Constructeur de liste de classement</translation>
    </message>
    <message>
        <source>Type 1 to 5 on a rating cell (it moves down to the next track), Delete to clear. “–” is missing: left out of the score. Italic values come from the program facts.</source>
        <translation>Tapez 1 à 5 dans une case d’évaluation (le curseur passe à la filière suivante), Suppr pour effacer. “–” signifie manquant : exclu du score. Les valeurs en italique proviennent des données du programme.</translation>
    </message>
    <message>
        <source>Stability &amp;&amp; &amp;gut check</source>
        <translation>&amp;Stabilité &amp;&amp; test d’intuition</translation>
    </message>
    <message>
        <source>S&amp;napshots</source>
        <translation>&amp;Instantanés</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>My rank list</source>
        <translation>Ma liste de classement</translation>
    </message>
    <message>
        <source>Cr&amp;iteria</source>
        <translation>C&amp;ritères</translation>
    </message>
    <message>
        <source>Ra&amp;tings</source>
        <translation>É&amp;valuations</translation>
    </message>
    <message>
        <source>Brea&amp;kdown</source>
        <translation>&amp;Décomposition</translation>
    </message>
    <message>
        <source>Rank list tools</source>
        <translation>Outils de la liste de classement</translation>
    </message>
</context>
<context>
    <name>RatingsModel</name>
    <message>
        <source>%1: not rated yet. Type 1 to 5; a missing rating is left out of the score.</source>
        <translation>%1 : pas encore d’évaluation. Tapez 1 à 5 ; une évaluation manquante est exclue du score.</translation>
    </message>
    <message>
        <source>This track is withdrawn and not scored.</source>
        <translation>Cette filière est retirée et n’a pas de score.</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (retirée)</translation>
    </message>
    <message>
        <source>%1 (withdrawn: not scored)</source>
        <translation>%1 (retirée : sans score)</translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4 of the weight</source>
        <translation>%1 — %2, %3, %4 du poids</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>plus bas, c’est mieux</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>plus élevé, c’est mieux</translation>
    </message>
    <message>
        <source>%1: rated %2 of 5 by you. Type 1 to 5 to change, Delete to clear.</source>
        <translation>%1 : évalué à %2 sur 5 par vous. Tapez 1 à 5 pour modifier, Suppr pour effacer.</translation>
    </message>
    <message>
        <source>Type Y or N to give your own value.</source>
        <translation>Tapez Y ou N pour donner votre propre valeur.</translation>
    </message>
    <message>
        <source>Press F2 to give your own value.</source>
        <translation>Appuyez sur F2 pour donner votre propre valeur.</translation>
    </message>
    <message>
        <source>the catalog says %1 (%2)</source>
        <translation>le catalogue indique %1 (%2)</translation>
    </message>
    <message>
        <source>the catalog has no value</source>
        <translation>le catalogue n’a pas de valeur</translation>
    </message>
    <message>
        <source>%1: %2, your value; %3. Delete goes back to the catalog&apos;s.</source>
        <translation>%1 : %2, votre valeur ; %3. Suppr rétablit celle du catalogue.</translation>
    </message>
    <message>
        <source>%1: unknown (the catalog records none), left out of the score. %2</source>
        <translation>%1 : valeur inconnue (le catalogue n’en indique aucune), exclue du score. %2</translation>
    </message>
    <message>
        <source>%1: %2, from the catalog (%3). %4</source>
        <translation>%1 : %2, provenant du catalogue (%3). %4</translation>
    </message>
</context>
<context>
    <name>RatingsView</name>
    <message>
        <source>– (not rated)</source>
        <translation>– (sans évaluation)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>catalog: %1</source>
        <translation>catalogue : %1</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <source>– (unknown)</source>
        <translation>– (inconnu)</translation>
    </message>
    <message>
        <source>– (the catalog&apos;s: %1)</source>
        <translation>– (valeur du catalogue : %1)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Tracks by criteria. On a rating cell type 1 to 5; on a feature Y or N; F2 edits any cell; Delete clears your value. Facts in italics come from the catalog.</source>
        <translation>Filières par critère. Dans une case d’évaluation, tapez 1 à 5 ; dans un élément de formation, Y ou N ; F2 modifie n’importe quelle case ; Suppr efface votre valeur. Les données en italique proviennent du catalogue.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>&amp;Restore Backup</source>
        <translation>&amp;Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Start With an &amp;Empty Database</source>
        <translation>Démarrer avec une base de données &amp;vide</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>Rankwise cannot open your database.</source>
        <translation>Rankwise ne peut pas ouvrir votre base de données.</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Le problème</translation>
    </message>
    <message>
        <source>(and more)</source>
        <translation>(et d’autres)</translation>
    </message>
    <message>
        <source>SQLite reported: %1</source>
        <translation>SQLite a signalé : %1</translation>
    </message>
    <message>
        <source>There are no backups of this database.</source>
        <translation>Il n’existe aucune sauvegarde de cette base de données.</translation>
    </message>
    <message>
        <source>Backups of this database, newest first:</source>
        <translation>Sauvegardes de cette base de données, de la plus récente à la plus ancienne :</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Either way the damaged file is kept in the same folder as “%1”; nothing is deleted. Restoring brings back the database as it was when the backup was made; changes made since then are only in the damaged file.</source>
        <translation>Dans les deux cas, le fichier endommagé est conservé dans le même dossier que “%1” ; rien n’est supprimé. La restauration ramène la base de données à son état au moment de la sauvegarde ; les modifications faites depuis ne se trouvent que dans le fichier endommagé.</translation>
    </message>
    <message>
        <source>Keep the damaged file aside and start with a new database</source>
        <translation>Mettre le fichier endommagé de côté et démarrer avec une nouvelle base de données</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Aujourd’hui à %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Hier à %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>(damaged, cannot be restored)</source>
        <translation>(endommagée, ne peut pas être restaurée)</translation>
    </message>
</context>
<context>
    <name>RemoveCriterionCommand</name>
    <message>
        <source>Remove criterion “%1”</source>
        <translation>Retrait du critère “%1”</translation>
    </message>
</context>
<context>
    <name>RemovePeerCommand</name>
    <message>
        <source>Remove %1&apos;s notes</source>
        <translation>Retrait des notes de %1</translation>
    </message>
</context>
<context>
    <name>ReorderCommand</name>
    <message>
        <source>Sort by score</source>
        <translation>Tri par score</translation>
    </message>
    <message>
        <source>Restore snapshot of %1</source>
        <translation>Restauration de l’instantané du %1</translation>
    </message>
</context>
<context>
    <name>SharedPartsView</name>
    <message>
        <source>Shared</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Ratings, ranks, weights and lists in the file</source>
        <translation>Évaluations, rangs, poids et listes du fichier</translation>
    </message>
    <message>
        <source>Criteria and weights (%1)</source>
        <translation>Critères et poids (%1)</translation>
    </message>
    <message>
        <source>weight %1 · %2</source>
        <translation>poids %1 · %2</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>plus élevé, c’est mieux</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>plus bas, c’est mieux</translation>
    </message>
    <message>
        <source>Ratings (%1)</source>
        <translation>Évaluations (%1)</translation>
    </message>
    <message>
        <source>%1: %2 of 5</source>
        <translation>%1 : %2 sur 5</translation>
    </message>
    <message>
        <source>supplemental list</source>
        <translation>liste supplémentaire</translation>
    </message>
    <message>
        <source>primary list</source>
        <translation>liste principale</translation>
    </message>
    <message>
        <source>A list (name not shared)</source>
        <translation>Une liste (nom non partagé)</translation>
    </message>
    <message>
        <source>List “%1”</source>
        <translation>Liste “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n entries</source>
        <translation>
            <numerusform>%1 · %n entrée</numerusform>
            <numerusform>%1 · %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>rank %1%2</source>
        <translation>rang %1%2</translation>
    </message>
    <message>
        <source> (pinned)</source>
        <translation> (épinglée)</translation>
    </message>
    <message>
        <source>on the list (rank not shared)</source>
        <translation>sur la liste (rang non partagé)</translation>
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
        <translation>Ajouter un site de continuité</translation>
    </message>
    <message>
        <source>Edit Continuity Site</source>
        <translation>Modifier le site de continuité</translation>
    </message>
    <message>
        <source>e.g. Chelsea HealthCare Center</source>
        <translation>p. ex. Chelsea HealthCare Center</translation>
    </message>
    <message>
        <source>12, 2-10 or 20+</source>
        <translation>12, 2-10 ou 20+</translation>
    </message>
    <message>
        <source>Neighbourhood or address</source>
        <translation>Quartier ou adresse</translation>
    </message>
    <message>
        <source>Spanish, Portuguese (comma separated)</source>
        <translation>Espagnol, portugais (séparées par des virgules)</translation>
    </message>
    <message>
        <source>Languages with interpreters</source>
        <translation>Langues avec interprètes</translation>
    </message>
    <message>
        <source>Behavioral health, pharmacy (comma separated)</source>
        <translation>Santé mentale, pharmacie (séparés par des virgules)</translation>
    </message>
    <message>
        <source>Tracks trained here</source>
        <translation>Filières accueillies ici</translation>
    </message>
    <message>
        <source>A continuity site of %1</source>
        <translation>Un site de continuité de %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>Nom &amp;court :</translation>
    </message>
    <message>
        <source>&amp;Tracks trained here:</source>
        <translation>&amp;Filières accueillies ici :</translation>
    </message>
    <message>
        <source>&amp;Residents placed:</source>
        <translation>&amp;Résidents affectés :</translation>
    </message>
    <message>
        <source>&amp;Distance from campus:</source>
        <translation>&amp;Distance du campus :</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Localisation :</translation>
    </message>
    <message>
        <source>Staff &amp;languages:</source>
        <translation>Lan&amp;gues du personnel :</translation>
    </message>
    <message>
        <source>&amp;Interpreters:</source>
        <translation>&amp;Interprètes :</translation>
    </message>
    <message>
        <source>&amp;Services:</source>
        <translation>&amp;Services :</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
</context>
<context>
    <name>SnapshotChangesModel</name>
    <message numerus="yes">
        <source>▲ up %n</source>
        <translation>
            <numerusform>▲ gagne %n place</numerusform>
            <numerusform>▲ gagne %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▼ down %n</source>
        <translation>
            <numerusform>▼ perd %n place</numerusform>
            <numerusform>▼ perd %n places</numerusform>
        </translation>
    </message>
    <message>
        <source>added since</source>
        <translation>ajoutée depuis</translation>
    </message>
    <message>
        <source>removed since</source>
        <translation>retirée depuis</translation>
    </message>
    <message>
        <source>same place</source>
        <translation>même place</translation>
    </message>
    <message>
        <source>, pinned since</source>
        <translation>, épinglée depuis</translation>
    </message>
    <message>
        <source>, unpinned since</source>
        <translation>, désépinglée depuis</translation>
    </message>
    <message>
        <source>Program and track</source>
        <translation>Programme et filière</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
</context>
<context>
    <name>SnapshotModel</name>
    <message>
        <source>Same as now</source>
        <translation>Identique à l’ordre actuel</translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n déplacée</numerusform>
            <numerusform>%n déplacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajoutée</numerusform>
            <numerusform>%n ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n retirée</numerusform>
            <numerusform>%n retirées</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Pris le</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Ranks</source>
        <translation>Rangs</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>Changements depuis</translation>
    </message>
</context>
<context>
    <name>SnapshotsPanel</name>
    <message>
        <source>&amp;Take snapshot</source>
        <translation>&amp;Prendre un instantané</translation>
    </message>
    <message>
        <source>&amp;Restore this snapshot</source>
        <translation>&amp;Restaurer cet instantané</translation>
    </message>
    <message>
        <source>Label (optional), e.g. after second looks</source>
        <translation>Libellé (facultatif), p. ex. après les secondes visites</translation>
    </message>
    <message>
        <source>Snapshot label</source>
        <translation>Libellé de l’instantané</translation>
    </message>
    <message>
        <source>Put this order back (your current order is snapshotted first, and Undo takes you back)</source>
        <translation>Rétablir cet ordre (votre ordre actuel est d’abord enregistré dans un instantané, et Annuler vous ramène en arrière)</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Instantanés</translation>
    </message>
    <message>
        <source>Changes since the snapshot</source>
        <translation>Changements depuis l’instantané</translation>
    </message>
    <message>
        <source>What changed since the selected snapshot:</source>
        <translation>Ce qui a changé depuis l’instantané sélectionné :</translation>
    </message>
</context>
<context>
    <name>StabilityModel</name>
    <message>
        <source>Tied, and equal on every criterion</source>
        <translation>Ex aequo, et égales sur chaque critère</translation>
    </message>
    <message>
        <source>Stable: no single weight change swaps them</source>
        <translation>Stable : aucun changement d’un seul poids ne les inverse</translation>
    </message>
    <message>
        <source>Tied: raising the %1 weight at all swaps them</source>
        <translation>Ex aequo : la moindre hausse du poids de “%1” les inverse</translation>
    </message>
    <message>
        <source>Tied: lowering the %1 weight at all swaps them</source>
        <translation>Ex aequo : la moindre baisse du poids de “%1” les inverse</translation>
    </message>
    <message>
        <source>Would swap if %1 weight +%2</source>
        <translation>S’inverseraient si le poids de “%1” variait de +%2</translation>
    </message>
    <message>
        <source>Would swap if %1 weight −%2</source>
        <translation>S’inverseraient si le poids de “%1” variait de −%2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1–%2:  %3  ›  %4 — ahead by %5 points. %6.</source>
        <translation>%1–%2 :  %3  ›  %4 — %5 points d’avance. %6.</translation>
    </message>
    <message>
        <source>Score points between the two</source>
        <translation>Points de score entre les deux</translation>
    </message>
    <message>
        <source>Changing that weight by this much makes the two scores equal; any further and they trade places. Weights are raw numbers, as in the Criteria tab.</source>
        <translation>Modifier ce poids de cette quantité rend les deux scores égaux ; au-delà, elles échangent leurs places. Les poids sont des nombres bruts, comme dans l’onglet Critères.</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Rangs</translation>
    </message>
    <message>
        <source>Higher</source>
        <translation>Au-dessus</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>En dessous</translation>
    </message>
    <message>
        <source>Ahead by</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Stabilité</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Paire</translation>
    </message>
</context>
<context>
    <name>TakeSnapshotCommand</name>
    <message>
        <source>Take snapshot</source>
        <translation>Prise d’un instantané</translation>
    </message>
</context>
<context>
    <name>TrackDialog</name>
    <message>
        <source>Add a Track</source>
        <translation>Ajouter une filière</translation>
    </message>
    <message>
        <source>Edit Track</source>
        <translation>Modifier la filière</translation>
    </message>
    <message>
        <source>e.g. Primary Care</source>
        <translation>p. ex. Soins primaires</translation>
    </message>
    <message>
        <source>Four digits (institution), three digits (specialty), a letter (position type) and a digit (track)</source>
        <translation>Quatre chiffres (établissement), trois chiffres (spécialité), une lettre (type de poste) et un chiffre (filière)</translation>
    </message>
    <message>
        <source>e.g. 4+1</source>
        <translation>p. ex. 4+1</translation>
    </message>
    <message>
        <source>A track of %1</source>
        <translation>Une filière de %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>NRMP &amp;code:</source>
        <translation>Code N&amp;RMP :</translation>
    </message>
    <message>
        <source>&amp;Positions:</source>
        <translation>&amp;Postes :</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>&amp;Calendrier :</translation>
    </message>
    <message>
        <source>&amp;Ambulatory share:</source>
        <translation>Part &amp;ambulatoire :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n’est ouverte.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Compare residency programs and build your rank list.</source>
        <translation>Comparez des programmes de résidence et construisez votre liste de classement.</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt;.</source>
        <translation>Ouvrir la base de données située à &lt;chemin&gt;.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Print how long the window took to appear, then quit (for measuring start-up).</source>
        <translation>Afficher le temps d’apparition de la fenêtre, puis quitter (pour mesurer le démarrage).</translation>
    </message>
    <message>
        <source>A classmate&apos;s note file (.rwnotes) to preview for import.</source>
        <translation>Fichier de notes d’un camarade (.rwnotes) à prévisualiser pour l’importation.</translation>
    </message>
</context>
<context>
    <name>rw::BackupStore</name>
    <message>
        <source>daily backup</source>
        <translation>sauvegarde quotidienne</translation>
    </message>
    <message>
        <source>backup before an upgrade</source>
        <translation>sauvegarde avant une mise à niveau</translation>
    </message>
    <message>
        <source>backup made on request</source>
        <translation>sauvegarde faite à la demande</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>sauvegarde</translation>
    </message>
    <message>
        <source>“%1” does not exist; there is nothing to back up.</source>
        <translation>“%1” n’existe pas ; il n’y a rien à sauvegarder.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder “%1”.</source>
        <translation>Impossible de créer le dossier de sauvegarde “%1”.</translation>
    </message>
    <message>
        <source>backing up “%1”</source>
        <translation>la sauvegarde de “%1”</translation>
    </message>
    <message>
        <source>The backup of “%1” did not pass its check (%2); it was not kept, and older backups were left as they were.</source>
        <translation>La sauvegarde de “%1” n’a pas réussi sa vérification (%2) ; elle n’a pas été conservée, et les sauvegardes plus anciennes ont été laissées telles quelles.</translation>
    </message>
    <message>
        <source>The new backup “%1” cannot be found.</source>
        <translation>La nouvelle sauvegarde “%1” est introuvable.</translation>
    </message>
    <message>
        <source>Cannot delete the old backup “%1”: %2</source>
        <translation>Impossible de supprimer l’ancienne sauvegarde “%1” : %2</translation>
    </message>
    <message>
        <source>There are no backups of “%1” in “%2”.</source>
        <translation>Il n’y a aucune sauvegarde de “%1” dans “%2”.</translation>
    </message>
    <message>
        <source>None of the backups of “%1” in “%2” passes the integrity check.</source>
        <translation>Aucune des sauvegardes de “%1” dans “%2” ne réussit la vérification d’intégrité.</translation>
    </message>
    <message>
        <source>There is no backup “%1” (looked for a file, and among the backups in “%2”).</source>
        <translation>Il n’y a pas de sauvegarde “%1” (recherchée comme fichier, puis parmi les sauvegardes de “%2”).</translation>
    </message>
</context>
<context>
    <name>rw::CatalogReader</name>
    <message>
        <source>The bundled catalog is missing from this build.</source>
        <translation>Le catalogue fourni est absent de cette version de l’application.</translation>
    </message>
    <message>
        <source>“%1”: keys starting with “%2” are reserved for the user&apos;s own programs</source>
        <translation>“%1” : les clés commençant par “%2” sont réservées aux programmes de l’utilisateur</translation>
    </message>
    <message>
        <source>duplicate key “%1”</source>
        <translation>clé “%1” en double</translation>
    </message>
    <message>
        <source>must name where the fact comes from</source>
        <translation>doit indiquer la provenance de la donnée</translation>
    </message>
    <message>
        <source>needs “min”, “max” or both</source>
        <translation>nécessite “min”, “max” ou les deux</translation>
    </message>
    <message>
        <source>“min” is larger than “max”</source>
        <translation>“min” est supérieur à “max”</translation>
    </message>
    <message>
        <source>“%1” is not a valid key</source>
        <translation>“%1” n’est pas une clé valide</translation>
    </message>
    <message>
        <source>duplicate institution key “%1”</source>
        <translation>clé d’établissement “%1” en double</translation>
    </message>
    <message>
        <source>“%1” is not a track key of program “%2” (expected %2.slug)</source>
        <translation>“%1” n’est pas une clé de filière du programme “%2” (attendu : %2.slug)</translation>
    </message>
    <message>
        <source>“%1” is not a track type (one of: %2)</source>
        <translation>“%1” n’est pas un type de filière (valeurs possibles : %2)</translation>
    </message>
    <message>
        <source>“%1” is not a site key of program “%2” (expected %2@slug)</source>
        <translation>“%1” n’est pas une clé de site du programme “%2” (attendu : %2@slug)</translation>
    </message>
    <message>
        <source>“%1” is not a track of this program</source>
        <translation>“%1” n’est pas une filière de ce programme</translation>
    </message>
    <message>
        <source>“%1” is not a count such as 60, 2-10 or 20+</source>
        <translation>“%1” n’est pas un effectif tel que 60, 2-10 ou 20+</translation>
    </message>
    <message>
        <source>“%1” is not “staff” or “interpreter”</source>
        <translation>“%1” n’est ni “staff” ni “interpreter”</translation>
    </message>
    <message>
        <source>“%1” is not “subspecialty”, “service” or “program”</source>
        <translation>“%1” n’est ni “subspecialty”, ni “service”, ni “program”</translation>
    </message>
    <message>
        <source>“%1” is not a feature key of program “%2” (expected %2#slug)</source>
        <translation>“%1” n’est pas une clé d’élément de formation du programme “%2” (attendu : %2#slug)</translation>
    </message>
    <message>
        <source>“%1” is not a curriculum category (one of: %2)</source>
        <translation>“%1” n’est pas une catégorie de programme de formation (valeurs possibles : %2)</translation>
    </message>
    <message>
        <source>“%1” is not a valid key (lower-case letters, digits and hyphens)</source>
        <translation>“%1” n’est pas une clé valide (lettres minuscules, chiffres et traits d’union)</translation>
    </message>
    <message>
        <source>“%1” is not an institution listed in “institutions”</source>
        <translation>“%1” n’est pas un établissement répertorié dans “institutions”</translation>
    </message>
    <message>
        <source>must be an http or https address</source>
        <translation>doit être une adresse http ou https</translation>
    </message>
    <message>
        <source>“%1” is not a resource listed in “resources”</source>
        <translation>“%1” n’est pas une ressource répertoriée dans “resources”</translation>
    </message>
    <message>
        <source>a program needs at least one track</source>
        <translation>un programme doit avoir au moins une filière</translation>
    </message>
    <message>
        <source>expected “rankwise-catalog” but found “%1”</source>
        <translation>“rankwise-catalog” attendu, mais “%1” trouvé</translation>
    </message>
    <message>
        <source>%1: the catalog is larger than %2 MB.</source>
        <translation>%1 : le catalogue dépasse %2 Mo.</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte offset %2: %3.</source>
        <translation>%1 : JSON non valide à l’octet %2 : %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>must name where the field comes from</source>
        <translation>doit indiquer d’où vient le champ</translation>
    </message>
    <message>
        <source>version %1 is not supported (this Rankwise reads versions 1 to %2)</source>
        <translation>la version %1 n’est pas prise en charge (ce Rankwise lit les versions 1 à %2)</translation>
    </message>
</context>
<context>
    <name>rw::CatalogRepository</name>
    <message>
        <source>saving institution “%1”</source>
        <translation>l’enregistrement de l’établissement “%1”</translation>
    </message>
    <message>
        <source>saving resource “%1”</source>
        <translation>l’enregistrement de la ressource “%1”</translation>
    </message>
    <message>
        <source>saving program “%1”</source>
        <translation>l’enregistrement du programme “%1”</translation>
    </message>
    <message>
        <source>saving track “%1”</source>
        <translation>l’enregistrement de la filière “%1”</translation>
    </message>
    <message>
        <source>saving continuity site “%1”</source>
        <translation>l’enregistrement du site de continuité “%1”</translation>
    </message>
    <message>
        <source>replacing curriculum features</source>
        <translation>le remplacement des éléments du programme de formation</translation>
    </message>
    <message>
        <source>saving feature “%1”</source>
        <translation>l’enregistrement de l’élément “%1”</translation>
    </message>
    <message>
        <source>marking withdrawn catalog entries</source>
        <translation>le marquage des entrées retirées du catalogue</translation>
    </message>
</context>
<context>
    <name>rw::CatalogUpdater</name>
    <message>
        <source>The catalog&apos;s track key “%1” is taken by a track you added.</source>
        <translation>La clé de filière “%1” du catalogue est déjà prise par une filière que vous avez ajoutée.</translation>
    </message>
    <message>
        <source>The catalog&apos;s site key “%1” is taken by a site you added.</source>
        <translation>La clé de site “%1” du catalogue est déjà prise par un site que vous avez ajouté.</translation>
    </message>
    <message>
        <source>The catalog&apos;s program key “%1” is taken by a program you added.</source>
        <translation>La clé de programme “%1” du catalogue est déjà prise par un programme que vous avez ajouté.</translation>
    </message>
</context>
<context>
    <name>rw::Comparison</name>
    <message>
        <source>There is no track with the key “%1”.</source>
        <translation>Il n’existe aucune filière ayant la clé “%1”.</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>City, state</source>
        <translation>Ville, État</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Filières</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Ambulatory share</source>
        <translation>Part ambulatoire</translation>
    </message>
    <message>
        <source>Ambulatory months</source>
        <translation>Mois ambulatoires</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Number of sites</source>
        <translation>Nombre de sites</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Residents placed</source>
        <translation>Résidents affectés</translation>
    </message>
    <message>
        <source>Distance from campus</source>
        <translation>Distance du campus</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Continuity sites</source>
        <translation>Sites de continuité</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Programme de formation</translation>
    </message>
</context>
<context>
    <name>rw::Criterion</name>
    <message>
        <source>Fact: %1</source>
        <translation>Donnée : %1</translation>
    </message>
    <message>
        <source>Feature: %1</source>
        <translation>Élément de formation : %1</translation>
    </message>
    <message>
        <source>Your rating (1–5)</source>
        <translation>Votre évaluation (1–5)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Program culture</source>
        <translation>Culture du programme</translation>
    </message>
    <message>
        <source>Ambulatory training</source>
        <translation>Formation ambulatoire</translation>
    </message>
    <message>
        <source>Continuity site</source>
        <translation>Site de continuité</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Plaidoyer</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Fellowship prospects</source>
        <translation>Perspectives de fellowship</translation>
    </message>
    <message>
        <source>Wellness</source>
        <translation>Bien-être</translation>
    </message>
    <message>
        <source>Gut feeling</source>
        <translation>Ressenti</translation>
    </message>
    <message>
        <source>Ambulatory share</source>
        <translation>Part ambulatoire</translation>
    </message>
    <message>
        <source>Continuity sites</source>
        <translation>Sites de continuité</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Ambulatory months</source>
        <translation>Mois ambulatoires</translation>
    </message>
    <message>
        <source>“%1” is not a criterion kind: use rating, attribute:FIELD or feature:CATEGORY.</source>
        <translation>“%1” n’est pas un type de critère : utilisez rating, attribute:FIELD ou feature:CATEGORY.</translation>
    </message>
    <message>
        <source>A rating criterion takes no parameter (“%1”).</source>
        <translation>Un critère d’évaluation ne prend pas de paramètre (“%1”).</translation>
    </message>
    <message>
        <source>“%1” is not a program fact a criterion can use; use one of: %2.</source>
        <translation>“%1” n’est pas une donnée de programme utilisable par un critère ; utilisez l’une de celles-ci : %2.</translation>
    </message>
    <message>
        <source>“%1” is not a curriculum category; use one of: %2.</source>
        <translation>“%1” n’est pas une catégorie de programme de formation ; utilisez l’une de celles-ci : %2.</translation>
    </message>
    <message>
        <source>A criterion needs a name.</source>
        <translation>Un critère doit avoir un nom.</translation>
    </message>
    <message>
        <source>A criterion name can have at most %1 characters.</source>
        <translation>Le nom d’un critère peut comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A criterion name cannot contain control characters.</source>
        <translation>Le nom d’un critère ne peut pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>A weight must be a number from 0 to %1, not %2.</source>
        <translation>Un poids doit être un nombre compris entre 0 et %1, et non %2.</translation>
    </message>
    <message>
        <source>A weight must be a number from 0 to %1, not “%2”.</source>
        <translation>Un poids doit être un nombre compris entre 0 et %1, et non “%2”.</translation>
    </message>
</context>
<context>
    <name>rw::CriterionRepository</name>
    <message>
        <source>reading criteria</source>
        <translation>la lecture des critères</translation>
    </message>
    <message>
        <source>There is no criterion with the id %1.</source>
        <translation>Il n’existe aucun critère ayant l’identifiant %1.</translation>
    </message>
    <message>
        <source>There is no criterion named “%1”: no criteria are defined yet.</source>
        <translation>Il n’existe aucun critère nommé “%1” : aucun critère n’est encore défini.</translation>
    </message>
    <message>
        <source>There is no criterion named “%1”. The criteria are: %2.</source>
        <translation>Il n’existe aucun critère nommé “%1”. Les critères sont : %2.</translation>
    </message>
    <message>
        <source>There is already a criterion named “%1”.</source>
        <translation>Un critère nommé “%1” existe déjà.</translation>
    </message>
    <message>
        <source>saving the criterion “%1”</source>
        <translation>l’enregistrement du critère “%1”</translation>
    </message>
    <message>
        <source>restoring the criterion “%1”</source>
        <translation>la restauration du critère “%1”</translation>
    </message>
    <message>
        <source>restoring ratings</source>
        <translation>la restauration des évaluations</translation>
    </message>
    <message>
        <source>saving the weight</source>
        <translation>l’enregistrement du poids</translation>
    </message>
    <message>
        <source>renaming the criterion</source>
        <translation>le renommage du critère</translation>
    </message>
    <message>
        <source>saving the direction</source>
        <translation>l’enregistrement du sens</translation>
    </message>
    <message>
        <source>deleting the criterion</source>
        <translation>la suppression du critère</translation>
    </message>
    <message>
        <source>A rating must be a whole number from 1 to 5, not %1.</source>
        <translation>Une évaluation doit être un nombre entier de 1 à 5, et non %1.</translation>
    </message>
    <message>
        <source>A rating must be a whole number from 1 to 5, or “none” to clear it; “%1” is not.</source>
        <translation>Une évaluation doit être un nombre entier de 1 à 5, ou “none” pour l’effacer ; “%1” ne convient pas.</translation>
    </message>
    <message>
        <source>“%1” is not rated by you: its values come from the program facts (%2).</source>
        <translation>“%1” n’est pas évalué par vous : ses valeurs proviennent des données du programme (%2).</translation>
    </message>
    <message>
        <source>reading tracks</source>
        <translation>la lecture des filières</translation>
    </message>
    <message>
        <source>There is no track with the id %1.</source>
        <translation>Il n’existe aucune filière ayant l’identifiant %1.</translation>
    </message>
    <message>
        <source>saving the rating</source>
        <translation>l’enregistrement de l’évaluation</translation>
    </message>
    <message>
        <source>clearing the rating</source>
        <translation>l’effacement de l’évaluation</translation>
    </message>
    <message>
        <source>reading ratings</source>
        <translation>la lecture des évaluations</translation>
    </message>
    <message>
        <source>saving ratings</source>
        <translation>l’enregistrement des évaluations</translation>
    </message>
</context>
<context>
    <name>rw::CsvColumns</name>
    <message>
        <source>Ignored</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Filière</translation>
    </message>
    <message>
        <source>NRMP code</source>
        <translation>Code NRMP</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Score (not imported)</source>
        <translation>Score (non importé)</translation>
    </message>
    <message>
        <source>Rating criterion</source>
        <translation>Critère d’évaluation</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>choisi par vous</translation>
    </message>
    <message>
        <source>computed by Rankwise from your ratings and weights: not read</source>
        <translation>calculé par Rankwise à partir de vos évaluations et de vos poids : non lu</translation>
    </message>
    <message>
        <source>named by its header</source>
        <translation>désignée par son en-tête</translation>
    </message>
    <message>
        <source>named a rating by its header</source>
        <translation>désignée comme évaluation par son en-tête</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>sans en-tête</translation>
    </message>
    <message>
        <source>holds text such as “%1”, not ratings 1 to 5</source>
        <translation>contient du texte tel que “%1”, et non des évaluations de 1 à 5</translation>
    </message>
    <message>
        <source>holds numbers such as %1, mostly outside 1 to 5</source>
        <translation>contient des nombres tels que %1, pour la plupart en dehors de 1 à 5</translation>
    </message>
    <message>
        <source>empty: a criterion with no ratings yet</source>
        <translation>vide : un critère encore sans évaluation</translation>
    </message>
    <message>
        <source>values 1 to 5: a criterion you rate</source>
        <translation>valeurs de 1 à 5 : un critère que vous évaluez</translation>
    </message>
</context>
<context>
    <name>rw::CsvImportPlan</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>No problem to report.</source>
        <translation>Aucun problème à signaler.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(et %n autre problème)</numerusform>
            <numerusform>(et %n autres problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s):</source>
        <translation>
            <numerusform>%n ligne :</numerusform>
            <numerusform>%n lignes :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched by NRMP code</source>
        <translation>
            <numerusform>%n associée par code NRMP</numerusform>
            <numerusform>%n associées par code NRMP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched by names</source>
        <translation>
            <numerusform>%n associée par noms</numerusform>
            <numerusform>%n associées par noms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new program(s) of your own</source>
        <translation>
            <numerusform>%n nouveau programme personnel</numerusform>
            <numerusform>%n nouveaux programmes personnels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new track(s) on existing programs</source>
        <translation>
            <numerusform>%n nouvelle filière sur un programme existant</numerusform>
            <numerusform>%n nouvelles filières sur des programmes existants</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating criteria: %1</source>
        <translation>Critères d’évaluation : %1</translation>
    </message>
    <message>
        <source>(%1 new, weight 1)</source>
        <translation>(nouveaux : %1, poids 1)</translation>
    </message>
    <message numerus="yes">
        <source>%n new rating(s)</source>
        <translation>
            <numerusform>%n nouvelle évaluation</numerusform>
            <numerusform>%n nouvelles évaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifiée</numerusform>
            <numerusform>%n modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaces the order of the list “%1” (%n entries; a snapshot of it is taken first) with %2 ranks.</source>
        <translation>
            <numerusform>Remplace l’ordre de la liste “%1” (%n entrée ; un instantané en est pris d’abord) par %2 rangs.</numerusform>
            <numerusform>Remplace l’ordre de la liste “%1” (%n entrées ; un instantané en est pris d’abord) par %2 rangs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Creates the list “%1” with %n rank(s).</source>
        <translation>
            <numerusform>Crée la liste “%1” avec %n rang.</numerusform>
            <numerusform>Crée la liste “%1” avec %n rangs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a rank stay off the list.</source>
        <translation>
            <numerusform>%n ligne sans rang reste hors de la liste.</numerusform>
            <numerusform>%n lignes sans rang restent hors de la liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Rank column is not used: no list was named.</source>
        <translation>La colonne Rank n’est pas utilisée : aucune liste n’a été indiquée.</translation>
    </message>
</context>
<context>
    <name>rw::CsvImporter</name>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>A track of “%1” was not stored.</source>
        <translation>Une filière de “%1” n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Before importing %1</source>
        <translation>Avant l’importation de %1</translation>
    </message>
    <message>
        <source>a second column for the criterion “%1” (the first is column %2)</source>
        <translation>une deuxième colonne pour le critère “%1” (la première est la colonne %2)</translation>
    </message>
    <message>
        <source>a second %1 column (the first is column %2)</source>
        <translation>une deuxième colonne %1 (la première est la colonne %2)</translation>
    </message>
    <message>
        <source>no Program column. The header row is “%1”; name the column of program names “Program”.</source>
        <translation>aucune colonne Program. La ligne d’en-tête est “%1” ; nommez “Program” la colonne des noms de programmes.</translation>
    </message>
    <message>
        <source>the criterion “%1” exists here and is not rated by you (%2); rename the column or choose another role for it</source>
        <translation>le critère “%1” existe ici et n’est pas évalué par vous (%2) ; renommez la colonne ou choisissez-lui un autre rôle</translation>
    </message>
    <message numerus="yes">
        <source>%n characters; at most %1 fit here</source>
        <translation>
            <numerusform>%n caractère ; %1 au maximum sont acceptés ici</numerusform>
            <numerusform>%n caractères ; %1 au maximum sont acceptés ici</numerusform>
        </translation>
    </message>
    <message>
        <source>no program name</source>
        <translation>aucun nom de programme</translation>
    </message>
    <message>
        <source>the NRMP code %1 is also on line %2; each track has its own code</source>
        <translation>le code NRMP %1 figure aussi à la ligne %2 ; chaque filière a son propre code</translation>
    </message>
    <message>
        <source>the rank “%1” is not a whole number from 1 to %2</source>
        <translation>le rang “%1” n’est pas un nombre entier de 1 à %2</translation>
    </message>
    <message>
        <source>rank %1 is also on line %2; a rank order list has no ties</source>
        <translation>le rang %1 figure aussi à la ligne %2 ; une liste de classement n’admet pas d’ex aequo</translation>
    </message>
    <message>
        <source>“%1” is not a rating of “%2”: use a whole number from 1 to 5, or leave the cell blank</source>
        <translation>“%1” n’est pas une évaluation de “%2” : utilisez un nombre entier de 1 à 5, ou laissez la cellule vide</translation>
    </message>
    <message>
        <source>the file calls its program “%1”</source>
        <translation>le fichier nomme son programme “%1”</translation>
    </message>
    <message numerus="yes">
        <source>“%1” names %n programs here (sponsored by %2); add an Institution column or the track&apos;s NRMP code</source>
        <translation>
            <numerusform>“%1” désigne %n programme ici (rattaché à %2) ; ajoutez une colonne Institution ou le code NRMP de la filière</numerusform>
            <numerusform>“%1” désigne %n programmes ici (rattachés à %2) ; ajoutez une colonne Institution ou le code NRMP de la filière</numerusform>
        </translation>
    </message>
    <message>
        <source>the file&apos;s NRMP code %1 is not stored</source>
        <translation>le code NRMP %1 du fichier n’est pas enregistré</translation>
    </message>
    <message>
        <source>here its NRMP code is %1, not the file&apos;s %2</source>
        <translation>ici, son code NRMP est %1, et non %2 comme dans le fichier</translation>
    </message>
    <message>
        <source>“%1” has several tracks here (%2); name one in a Track column</source>
        <translation>“%1” a plusieurs filières ici (%2) ; indiquez-en une dans une colonne Track</translation>
    </message>
    <message>
        <source>no institution in the file: the program&apos;s name stands in</source>
        <translation>aucun établissement dans le fichier : le nom du programme en tient lieu</translation>
    </message>
    <message>
        <source>the same track as line %1 (%2)</source>
        <translation>la même filière qu’à la ligne %1 (%2)</translation>
    </message>
    <message>
        <source>The list would have %1 ranks; the NRMP takes at most %2 on one list.</source>
        <translation>La liste aurait %1 rangs ; le NRMP en accepte au plus %2 par liste.</translation>
    </message>
</context>
<context>
    <name>rw::CsvReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB.</source>
        <translation>%1 : le fichier dépasse %2 Mo.</translation>
    </message>
    <message>
        <source>%1: the file is not valid UTF-8 (byte offset %2). Save it from your spreadsheet as “CSV UTF-8”.</source>
        <translation>%1 : le fichier n’est pas en UTF-8 valide (octet %2). Enregistrez-le depuis votre tableur au format “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>plus de %1 colonnes</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one; quote the whole field and double the inner quotes</source>
        <translation>un guillemet à l’intérieur d’un champ qui ne commence pas par un guillemet ; mettez tout le champ entre guillemets et doublez les guillemets intérieurs</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>du texte après le guillemet fermant d’un champ</translation>
    </message>
    <message>
        <source>the quote that opens this field is never closed</source>
        <translation>le guillemet qui ouvre ce champ n’est jamais fermé</translation>
    </message>
    <message>
        <source>%1: the file is empty; it needs a header row.</source>
        <translation>%1 : le fichier est vide ; il lui faut une ligne d’en-tête.</translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2</source>
        <translation>cette ligne a %1 champs, mais l’en-tête en a %2</translation>
    </message>
    <message>
        <source>the header row has no column names; the first row must name the columns (Program, Institution, Rank…)</source>
        <translation>la ligne d’en-tête n’a aucun nom de colonne ; la première ligne doit nommer les colonnes (Program, Institution, Rank…)</translation>
    </message>
</context>
<context>
    <name>rw::Database</name>
    <message>
        <source>reading %1</source>
        <translation>la lecture de %1</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>its folder “%1” is read-only</source>
        <translation>son dossier “%1” est en lecture seule</translation>
    </message>
    <message>
        <source>Could not finish %1: the disk is full. Nothing was changed; free some disk space and try again.</source>
        <translation>Impossible de terminer %1 : le disque est plein. Rien n’a été modifié ; libérez de l’espace disque et réessayez.</translation>
    </message>
    <message>
        <source>Could not finish %1: the database file cannot be written (%2). Nothing was changed.</source>
        <translation>Impossible de terminer %1 : le fichier de base de données ne peut pas être écrit (%2). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Could not finish %1: the database is busy in another Rankwise window or rankwise-cli (%2). Nothing was changed; try again.</source>
        <translation>Impossible de terminer %1 : la base de données est occupée par une autre fenêtre Rankwise ou par rankwise-cli (%2). Rien n’a été modifié ; réessayez.</translation>
    </message>
    <message>
        <source>Could not finish %1: the database file is damaged (%2). Run “rankwise-cli check”, or restart Rankwise to restore a backup.</source>
        <translation>Impossible de terminer %1 : le fichier de base de données est endommagé (%2). Lancez “rankwise-cli check”, ou redémarrez Rankwise pour restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>Could not finish %1: the disk reported an error (%2).</source>
        <translation>Impossible de terminer %1 : le disque a signalé une erreur (%2).</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Erreur de base de données pendant %1 : %2</translation>
    </message>
    <message>
        <source>No database path given.</source>
        <translation>Aucun chemin de base de données indiqué.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>“%1” est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>“%1” uses an older database schema (%2) that must be upgraded, but it cannot be written: %3.</source>
        <translation>“%1” utilise un ancien schéma de base de données (%2) qui doit être mis à niveau, mais il ne peut pas être écrit : %3.</translation>
    </message>
    <message>
        <source>“%1” uses an older database schema (%2) and must be opened for writing once to be upgraded.</source>
        <translation>“%1” utilise un ancien schéma de base de données (%2) et doit être ouvert une fois en écriture pour être mis à niveau.</translation>
    </message>
    <message>
        <source>Could not back up “%1” before upgrading it to schema %2: %3 The file was left untouched.</source>
        <translation>Impossible de sauvegarder “%1” avant sa mise à niveau vers le schéma %2 : %3 Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Impossible de créer le dossier “%1”.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Impossible d’ouvrir “%1” : %2</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>la lecture de la version du schéma</translation>
    </message>
    <message>
        <source>opening “%1” for writing</source>
        <translation>l’ouverture de “%1” en écriture</translation>
    </message>
    <message>
        <source>the system does not allow writing to it</source>
        <translation>le système n’autorise pas l’écriture</translation>
    </message>
    <message>
        <source>switching to write-ahead logging</source>
        <translation>le passage à la journalisation anticipée (WAL)</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>La mise à niveau de la base de données vers le schéma %1 a échoué : %2</translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation>l’ouverture s’est faite en lecture seule</translation>
    </message>
    <message>
        <source>Cannot save to “%1”: it is open read-only because %2. Nothing was changed.</source>
        <translation>Impossible d’enregistrer dans “%1” : il est ouvert en lecture seule, car %2. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>starting to save</source>
        <translation>le début de l’enregistrement</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>l’enregistrement</translation>
    </message>
    <message>
        <source>saving a setting</source>
        <translation>l’enregistrement d’un paramètre</translation>
    </message>
</context>
<context>
    <name>rw::DatabaseCheck</name>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation>“%1” est endommagé : %2</translation>
    </message>
    <message>
        <source>broken reference: %1</source>
        <translation>référence rompue : %1</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>“%1” est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” est vide.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire “%1” : %2</translation>
    </message>
    <message>
        <source>“%1” is not a Rankwise database (it is not an SQLite file).</source>
        <translation>“%1” n’est pas une base de données Rankwise (ce n’est pas un fichier SQLite).</translation>
    </message>
    <message numerus="yes">
        <source>it is cut short after %n bytes.</source>
        <translation>
            <numerusform>il est tronqué après %n octet.</numerusform>
            <numerusform>il est tronqué après %n octets.</numerusform>
        </translation>
    </message>
    <message>
        <source>it is cut short (%1 of %2 bytes).</source>
        <translation>il est tronqué (%1 octets sur %2).</translation>
    </message>
    <message>
        <source>SQLite cannot read it (%1).</source>
        <translation>SQLite ne peut pas le lire (%1).</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database but not a Rankwise database; it was left untouched.</source>
        <translation>“%1” est une base de données SQLite, mais pas une base de données Rankwise ; elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>a newer version of Rankwise</source>
        <translation>une version plus récente de Rankwise</translation>
    </message>
    <message>
        <source>Rankwise %1</source>
        <translation>Rankwise %1</translation>
    </message>
    <message>
        <source>“%1” was written by %2 (database schema %3); this version (%4) reads schema %5 at most. Update Rankwise to open it; the file was left untouched.</source>
        <translation>“%1” a été écrit par %2 (schéma de base de données %3) ; cette version (%4) lit au plus le schéma %5. Mettez Rankwise à jour pour l’ouvrir ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>SQLite’s check found problems (%1).</source>
        <translation>La vérification de SQLite a détecté des problèmes (%1).</translation>
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
        <translation>%1 mois</translation>
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
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu’à %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 positions</source>
        <translation>%1 postes</translation>
    </message>
</context>
<context>
    <name>rw::FeatureCategory</name>
    <message>
        <source>Ambulatory training</source>
        <translation>Formation ambulatoire</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Plaidoyer</translation>
    </message>
    <message>
        <source>Global health</source>
        <translation>Santé mondiale</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Leadership</translation>
    </message>
    <message>
        <source>Electives</source>
        <translation>Stages au choix</translation>
    </message>
    <message>
        <source>Self-design and away rotations</source>
        <translation>Stages sur mesure et stages extérieurs</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>Conférences</translation>
    </message>
    <message>
        <source>Retreats and cohort</source>
        <translation>Retraites et vie de promotion</translation>
    </message>
    <message>
        <source>Mentoring and careers</source>
        <translation>Mentorat et carrières</translation>
    </message>
    <message>
        <source>Medical education</source>
        <translation>Pédagogie médicale</translation>
    </message>
    <message>
        <source>Quality improvement</source>
        <translation>Amélioration de la qualité</translation>
    </message>
    <message>
        <source>Population health and policy</source>
        <translation>Santé des populations et politiques de santé</translation>
    </message>
    <message>
        <source>Wellness and benefits</source>
        <translation>Bien-être et avantages</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>rw::FileIo</name>
    <message>
        <source>There is no file “%1”.</source>
        <translation>Le fichier “%1” n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; it can be at most %3 MB.</source>
        <translation>“%1” fait %2 Mo ; il peut faire au plus %3 Mo.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossible de lire “%1” : %2.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Impossible d’écrire “%1” : %2.</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2.</source>
        <translation>Impossible d’enregistrer “%1” : %2.</translation>
    </message>
</context>
<context>
    <name>rw::FileSync</name>
    <message>
        <source>Cannot open “%1” to save it to disk: %2</source>
        <translation>Impossible d’ouvrir “%1” pour l’enregistrer sur le disque : %2</translation>
    </message>
    <message>
        <source>Cannot save “%1” to disk: %2</source>
        <translation>Impossible d’enregistrer “%1” sur le disque : %2</translation>
    </message>
    <message>
        <source>Cannot open the folder “%1”: %2</source>
        <translation>Impossible d’ouvrir le dossier “%1” : %2</translation>
    </message>
    <message>
        <source>Cannot save the folder “%1” to disk: %2</source>
        <translation>Impossible d’enregistrer le dossier “%1” sur le disque : %2</translation>
    </message>
    <message>
        <source>“%1” already exists; it was not replaced.</source>
        <translation>“%1” existe déjà ; il n’a pas été remplacé.</translation>
    </message>
    <message>
        <source>Cannot rename “%1” to “%2”: %3</source>
        <translation>Impossible de renommer “%1” en “%2” : %3</translation>
    </message>
</context>
<context>
    <name>rw::JsonObjectReader</name>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>dépasse %1 caractères</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>nombre entier attendu</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>tableau attendu</translation>
    </message>
    <message>
        <source>has %1 entries; at most %2 are allowed</source>
        <translation>contient %1 entrées ; %2 au maximum sont autorisées</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>n’est pas un champ connu</translation>
    </message>
</context>
<context>
    <name>rw::JsonPrecheck</name>
    <message>
        <source>byte %1 (line %2, column %3)</source>
        <translation>l’octet %1 (ligne %2, colonne %3)</translation>
    </message>
    <message>
        <source>invalid UTF-8 at %1: note files must be UTF-8 text</source>
        <translation>UTF-8 non valide à %1 : les fichiers de notes doivent être du texte UTF-8</translation>
    </message>
    <message>
        <source>an unpaired surrogate escape (\u%1) at %2 is not a character</source>
        <translation>un échappement de substitut non apparié (\u%1) à %2 n’est pas un caractère</translation>
    </message>
    <message>
        <source>the field “%1” appears twice in one object at %2</source>
        <translation>le champ “%1” apparaît deux fois dans un même objet, à %2</translation>
    </message>
    <message>
        <source>nesting deeper than the format allows (at most %1 levels) at %2</source>
        <translation>imbrication plus profonde que ne le permet le format (au plus %1 niveaux), à %2</translation>
    </message>
</context>
<context>
    <name>rw::NameRepository</name>
    <message>
        <source>reading programs</source>
        <translation>la lecture des programmes</translation>
    </message>
    <message>
        <source>reading tracks</source>
        <translation>la lecture des filières</translation>
    </message>
    <message>
        <source>reading continuity sites</source>
        <translation>la lecture des sites de continuité</translation>
    </message>
</context>
<context>
    <name>rw::NoteRepository</name>
    <message>
        <source>“%1” is not a program, track or site key.</source>
        <translation>“%1” n’est pas une clé de programme, de filière ou de site.</translation>
    </message>
    <message>
        <source>finding “%1”</source>
        <translation>la recherche de “%1”</translation>
    </message>
    <message>
        <source>There is no %1 with the key “%2”.</source>
        <translation>Aucun élément de type %1 n’a la clé “%2”.</translation>
    </message>
    <message>
        <source>A note can hold at most %1 KB of text.</source>
        <translation>Une note peut contenir au plus %1 Ko de texte.</translation>
    </message>
    <message>
        <source>saving the note</source>
        <translation>l’enregistrement de la note</translation>
    </message>
    <message>
        <source>restoring the note</source>
        <translation>la restauration de la note</translation>
    </message>
    <message>
        <source>There is no note of yours with the id %1.</source>
        <translation>Vous n’avez aucune note ayant l’identifiant %1.</translation>
    </message>
    <message>
        <source>deleting the note</source>
        <translation>la suppression de la note</translation>
    </message>
    <message>
        <source>reading notes</source>
        <translation>la lecture des notes</translation>
    </message>
    <message>
        <source>There is no note with the id %1.</source>
        <translation>Il n’existe aucune note ayant l’identifiant %1.</translation>
    </message>
    <message>
        <source>reading your notes on the list</source>
        <translation>la lecture de vos notes sur la liste</translation>
    </message>
</context>
<context>
    <name>rw::NoteRowProvider</name>
    <message>
        <source>Your notes</source>
        <translation>Vos notes</translation>
    </message>
    <message>
        <source>Classmates’ notes</source>
        <translation>Notes des camarades</translation>
    </message>
    <message>
        <source>%1 track</source>
        <translation>filière %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>rw::NoteTemplates</name>
    <message>
        <source>Interview day</source>
        <translation>Journée d’entretien</translation>
    </message>
    <message>
        <source>Interview day, %1</source>
        <translation>Journée d’entretien, %1</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <source>Pros</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Cons</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Questions to follow up</source>
        <translation>Questions à approfondir</translation>
    </message>
    <message>
        <source>Residents’ mood</source>
        <translation>Moral des résidents</translation>
    </message>
    <message>
        <source>People I met</source>
        <translation>Personnes rencontrées</translation>
    </message>
    <message>
        <source>Pros and cons</source>
        <translation>Pour et contre</translation>
    </message>
    <message>
        <source>Deal breakers</source>
        <translation>Points rédhibitoires</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Questions à poser</translation>
    </message>
    <message>
        <source>For the program director</source>
        <translation>Pour le directeur ou la directrice du programme</translation>
    </message>
    <message>
        <source>For residents</source>
        <translation>Pour les résidents</translation>
    </message>
    <message>
        <source>About the continuity clinic</source>
        <translation>Sur la clinique de continuité</translation>
    </message>
    <message>
        <source>Residents’ mood, %1</source>
        <translation>Moral des résidents, %1</translation>
    </message>
    <message>
        <source>How they talked about the program</source>
        <translation>Comment ils parlaient du programme</translation>
    </message>
    <message>
        <source>Workload and wellness</source>
        <translation>Charge de travail et bien-être</translation>
    </message>
    <message>
        <source>Would they choose it again?</source>
        <translation>Le choisiraient-ils de nouveau ?</translation>
    </message>
</context>
<context>
    <name>rw::NotesExporter</name>
    <message>
        <source>There is no list named “%1”: you have no rank lists yet.</source>
        <translation>Il n’existe aucune liste nommée “%1” : vous n’avez encore aucune liste de classement.</translation>
    </message>
    <message>
        <source>There is no list named “%1”. Your lists: %2.</source>
        <translation>Il n’existe aucune liste nommée “%1”. Vos listes : %2.</translation>
    </message>
    <message>
        <source>Choose at least one program to share notes on.</source>
        <translation>Choisissez au moins un programme dont partager les notes.</translation>
    </message>
    <message>
        <source>There is no program with the key “%1”.</source>
        <translation>Il n’existe aucun programme ayant la clé “%1”.</translation>
    </message>
    <message>
        <source>Say who the notes are from: give the name your classmates will see.</source>
        <translation>Indiquez de qui viennent les notes : donnez le nom que verront vos camarades.</translation>
    </message>
</context>
<context>
    <name>rw::NotesFileReader</name>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>only a %1 target has this field</source>
        <translation>seule une cible de type %1 peut avoir ce champ</translation>
    </message>
    <message>
        <source>expected a date and time with its offset, such as 2025-01-20T18:30:00Z, not %1</source>
        <translation>date et heure avec leur décalage attendues, par exemple 2025-01-20T18:30:00Z, et non %1</translation>
    </message>
    <message>
        <source>%1 is not a plausible date</source>
        <translation>%1 n’est pas une date plausible</translation>
    </message>
    <message>
        <source>expected “program”, “track” or “site”, not %1</source>
        <translation>“program”, “track” ou “site” attendu, et non %1</translation>
    </message>
    <message>
        <source>expected “track”: ratings and list entries are about tracks</source>
        <translation>“track” attendu : les évaluations et les entrées de liste portent sur des filières</translation>
    </message>
    <message>
        <source>%1 is not a %2 key</source>
        <translation>%1 n’est pas une clé de type %2</translation>
    </message>
    <message>
        <source>expected one of %1, not %2</source>
        <translation>l’une des valeurs %1 attendue, et non %2</translation>
    </message>
    <message>
        <source>%1 is not an item id: use at most %2 letters, digits and . _ : -, starting with a letter or digit</source>
        <translation>%1 n’est pas un identifiant d’élément : utilisez au plus %2 lettres, chiffres et . _ : -, en commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>%1 is used by two items (first by %2); item ids must be unique</source>
        <translation>%1 est utilisé par deux éléments (d’abord par %2) ; les identifiants d’éléments doivent être uniques</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <source>the note has %1 characters; a note can hold at most 200 KB (%2 characters)</source>
        <translation>la note compte %1 caractères ; une note peut contenir au plus 200 Ko (%2 caractères)</translation>
    </message>
    <message>
        <source>expected “rating”, “attribute” or “feature”, not %1</source>
        <translation>“rating”, “attribute” ou “feature” attendu, et non %1</translation>
    </message>
    <message>
        <source>expected “higher” or “lower”, not %1</source>
        <translation>“higher” ou “lower” attendu, et non %1</translation>
    </message>
    <message>
        <source>expected “primary” or “supplemental”, not %1</source>
        <translation>“primary” ou “supplemental” attendu, et non %1</translation>
    </message>
    <message>
        <source>the file is %1 bytes; a note file can be at most 20 MB</source>
        <translation>le fichier fait %1 octets ; un fichier de notes peut faire au plus 20 Mo</translation>
    </message>
    <message>
        <source>it is not JSON: %1 at %2</source>
        <translation>ce n’est pas du JSON : %1, à %2</translation>
    </message>
    <message>
        <source>$: expected a JSON object with “format”: “rankwise-notes”</source>
        <translation>$: un objet JSON avec “format”: “rankwise-notes” est attendu</translation>
    </message>
    <message>
        <source>format: is missing; this is not a Rankwise note file</source>
        <translation>format: manquant ; ce n’est pas un fichier de notes Rankwise</translation>
    </message>
    <message>
        <source>format: expected “%1”, not %2; this is not a Rankwise note file</source>
        <translation>format: “%1” attendu, et non %2 ; ce n’est pas un fichier de notes Rankwise</translation>
    </message>
    <message>
        <source>a non-string</source>
        <translation>une valeur qui n’est pas une chaîne</translation>
    </message>
    <message>
        <source>version: is missing</source>
        <translation>version: manquant</translation>
    </message>
    <message>
        <source>version: expected a whole number such as %1</source>
        <translation>version: nombre entier attendu, par exemple %1</translation>
    </message>
    <message>
        <source>version: the file is in version %1 of the note format, written by a newer Rankwise; this Rankwise reads version %2</source>
        <translation>version: le fichier est dans la version %1 du format de notes, écrite par une version plus récente de Rankwise ; cette version de Rankwise lit la version %2</translation>
    </message>
    <message>
        <source>“%1” is not a valid note file: %2.</source>
        <translation>“%1” n’est pas un fichier de notes valide : %2.</translation>
    </message>
</context>
<context>
    <name>rw::NotesImporter</name>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangée</translation>
    </message>
    <message>
        <source>Unchanged (the stored copy is newer)</source>
        <translation>Inchangée (la copie enregistrée est plus récente)</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>New, with its program added</source>
        <translation>Nouvelle, avec son programme ajouté</translation>
    </message>
    <message>
        <source>The file does not name its author usably (%1) Choose a name for the classmate.</source>
        <translation>Le fichier n’indique pas de nom d’auteur utilisable (%1) Choisissez un nom pour le camarade.</translation>
    </message>
    <message>
        <source>Unnamed program</source>
        <translation>Programme sans nom</translation>
    </message>
    <message>
        <source>Unnamed institution</source>
        <translation>Établissement sans nom</translation>
    </message>
    <message>
        <source>Unnamed track</source>
        <translation>Filière sans nom</translation>
    </message>
    <message>
        <source>Main track</source>
        <translation>Filière principale</translation>
    </message>
    <message>
        <source>Adding “%1” as your own program failed: %2</source>
        <translation>L’ajout de “%1” comme votre propre programme a échoué : %2</translation>
    </message>
    <message>
        <source>Unnamed site</source>
        <translation>Site sans nom</translation>
    </message>
</context>
<context>
    <name>rw::NrmpCode</name>
    <message>
        <source>“%1” is not an NRMP code: it needs four digits (institution), three digits (specialty), a letter (position type) and a digit (track), as in 1234140C0.</source>
        <translation>“%1” n’est pas un code NRMP : il faut quatre chiffres (établissement), trois chiffres (spécialité), une lettre (type de poste) et un chiffre (filière), comme dans 1234140C0.</translation>
    </message>
</context>
<context>
    <name>rw::NrmpRules</name>
    <message numerus="yes">
        <source>This list ranks %n NRMP program codes; the registration fee covers 20, and each one past that costs an extra fee (every track has its own code).</source>
        <translation>
            <numerusform>Cette liste classe %n code de programme NRMP ; les frais d’inscription en couvrent 20, et chaque code supplémentaire entraîne des frais additionnels (chaque filière a son propre code).</numerusform>
            <numerusform>Cette liste classe %n codes de programme NRMP ; les frais d’inscription en couvrent 20, et chaque code supplémentaire entraîne des frais additionnels (chaque filière a son propre code).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This list has %n ranks, more than 100: check that this is what you mean (the NRMP allows at most 300).</source>
        <translation>
            <numerusform>Cette liste compte %n rang, plus de 100 : vérifiez que c’est bien voulu (le NRMP en autorise au plus 300).</numerusform>
            <numerusform>Cette liste compte %n rangs, plus de 100 : vérifiez que c’est bien voulu (le NRMP en autorise au plus 300).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (rank %2): %3</source>
        <translation>%1 (rang %2) : %3</translation>
    </message>
    <message>
        <source>%1 (rank %2) is no longer offered: it was withdrawn from the catalog or deleted. It is kept here but not scored.</source>
        <translation>%1 (rang %2) n’est plus proposée : elle a été retirée du catalogue ou supprimée. Elle est conservée ici, mais n’a pas de score.</translation>
    </message>
    <message>
        <source>The NRMP accepts at most %1 ranks on a list; “%2” would be rank %3.</source>
        <translation>Le NRMP accepte au plus %1 rangs par liste ; “%2” serait au rang %3.</translation>
    </message>
</context>
<context>
    <name>rw::PdfReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire “%1” : %2</translation>
    </message>
    <message>
        <source>Cannot start a PDF in “%1”.</source>
        <translation>Impossible de créer un PDF dans “%1”.</translation>
    </message>
    <message>
        <source>Cannot start page %1.</source>
        <translation>Impossible de commencer la page %1.</translation>
    </message>
    <message>
        <source>Cannot start printing: the printer is not ready.</source>
        <translation>Impossible de lancer l’impression : l’imprimante n’est pas prête.</translation>
    </message>
</context>
<context>
    <name>rw::PeerRepository</name>
    <message>
        <source>A name must not be empty.</source>
        <translation>Un nom ne doit pas être vide.</translation>
    </message>
    <message>
        <source>A name can be at most %1 characters.</source>
        <translation>Un nom peut comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A name cannot hold control or text-direction characters.</source>
        <translation>Un nom ne peut pas contenir de caractères de contrôle ou de direction du texte.</translation>
    </message>
    <message>
        <source>A name cannot start or end with a space.</source>
        <translation>Un nom ne peut ni commencer ni finir par un espace.</translation>
    </message>
    <message>
        <source>reading classmates</source>
        <translation>la lecture des camarades</translation>
    </message>
    <message>
        <source>finding the classmate “%1”</source>
        <translation>la recherche du camarade “%1”</translation>
    </message>
    <message>
        <source>There is no classmate named “%1”: no note file has been imported yet.</source>
        <translation>Aucun camarade ne s’appelle “%1” : aucun fichier de notes n’a encore été importé.</translation>
    </message>
    <message>
        <source>There is no classmate named “%1”. Known: %2.</source>
        <translation>Aucun camarade ne s’appelle “%1”. Camarades connus : %2.</translation>
    </message>
    <message>
        <source>removing the classmate&apos;s notes</source>
        <translation>la suppression des notes du camarade</translation>
    </message>
    <message>
        <source>reading the classmate</source>
        <translation>la lecture du camarade</translation>
    </message>
    <message>
        <source>reading the classmate&apos;s notes</source>
        <translation>la lecture des notes du camarade</translation>
    </message>
    <message>
        <source>restoring the classmate</source>
        <translation>la restauration du camarade</translation>
    </message>
    <message>
        <source>restoring the classmate&apos;s notes</source>
        <translation>la restauration des notes du camarade</translation>
    </message>
    <message>
        <source>saving the classmate</source>
        <translation>l’enregistrement du camarade</translation>
    </message>
    <message>
        <source>saving the classmate&apos;s notes</source>
        <translation>l’enregistrement des notes du camarade</translation>
    </message>
</context>
<context>
    <name>rw::ProgramRepository</name>
    <message>
        <source>There is no track with the key “%1”.</source>
        <translation>Il n’existe aucune filière ayant la clé “%1”.</translation>
    </message>
    <message>
        <source>There is no continuity site with the key “%1”.</source>
        <translation>Il n’existe aucun site de continuité ayant la clé “%1”.</translation>
    </message>
    <message>
        <source>There is no program with the key “%1”.</source>
        <translation>Il n’existe aucun programme ayant la clé “%1”.</translation>
    </message>
    <message>
        <source>choosing a key</source>
        <translation>le choix d’une clé</translation>
    </message>
    <message>
        <source>No free key for “%1”.</source>
        <translation>Aucune clé libre pour “%1”.</translation>
    </message>
    <message>
        <source>finding the institution</source>
        <translation>la recherche de l’établissement</translation>
    </message>
    <message>
        <source>adding the institution</source>
        <translation>l’ajout de l’établissement</translation>
    </message>
    <message>
        <source>reading institutions</source>
        <translation>la lecture des établissements</translation>
    </message>
    <message>
        <source>“%1” is not a program, track or site key.</source>
        <translation>“%1” n’est pas une clé de programme, de filière ou de site.</translation>
    </message>
    <message>
        <source>finding “%1”</source>
        <translation>la recherche de “%1”</translation>
    </message>
    <message>
        <source>“%1” comes from the bundled catalog and cannot be changed; you can annotate it with notes instead.</source>
        <translation>“%1” provient du catalogue fourni, dont les entrées ne peuvent pas être modifiées ; vous pouvez plutôt y ajouter des notes.</translation>
    </message>
    <message>
        <source>checking NRMP codes</source>
        <translation>la vérification des codes NRMP</translation>
    </message>
    <message>
        <source>The NRMP code %1 already belongs to the track “%2”.</source>
        <translation>Le code NRMP %1 appartient déjà à la filière “%2”.</translation>
    </message>
    <message>
        <source>checking names</source>
        <translation>la vérification des noms</translation>
    </message>
    <message>
        <source>The program already has a track named “%1”.</source>
        <translation>Le programme a déjà une filière nommée “%1”.</translation>
    </message>
    <message>
        <source>The program already has a continuity site named “%1”.</source>
        <translation>Le programme a déjà un site de continuité nommé “%1”.</translation>
    </message>
    <message>
        <source>adding the track “%1”</source>
        <translation>l’ajout de la filière “%1”</translation>
    </message>
    <message>
        <source>adding the program</source>
        <translation>l’ajout du programme</translation>
    </message>
    <message>
        <source>“%1” is not a program key.</source>
        <translation>“%1” n’est pas une clé de programme.</translation>
    </message>
    <message>
        <source>saving the program</source>
        <translation>l’enregistrement du programme</translation>
    </message>
    <message>
        <source>adding the track</source>
        <translation>l’ajout de la filière</translation>
    </message>
    <message>
        <source>“%1” is not a track key.</source>
        <translation>“%1” n’est pas une clé de filière.</translation>
    </message>
    <message>
        <source>saving the track “%1”</source>
        <translation>l’enregistrement de la filière “%1”</translation>
    </message>
    <message>
        <source>deleting the track</source>
        <translation>la suppression de la filière</translation>
    </message>
    <message>
        <source>“%1” is the program’s only track; delete the program instead.</source>
        <translation>“%1” est la seule filière du programme ; supprimez plutôt le programme.</translation>
    </message>
    <message>
        <source>deleting “%1”</source>
        <translation>la suppression de “%1”</translation>
    </message>
    <message>
        <source>“%1” comes from the bundled catalog and cannot be changed.</source>
        <translation>“%1” provient du catalogue fourni, dont les entrées ne peuvent pas être modifiées.</translation>
    </message>
    <message>
        <source>restoring “%1”</source>
        <translation>la restauration de “%1”</translation>
    </message>
    <message>
        <source>removing deleted entries</source>
        <translation>la suppression des entrées effacées</translation>
    </message>
    <message>
        <source>removing unused institutions</source>
        <translation>la suppression des établissements inutilisés</translation>
    </message>
    <message>
        <source>reading programs</source>
        <translation>la lecture des programmes</translation>
    </message>
    <message>
        <source>There is no resource with the key “%1”.</source>
        <translation>Il n’existe aucune ressource ayant la clé “%1”.</translation>
    </message>
    <message>
        <source>saving the site “%1”</source>
        <translation>l’enregistrement du site “%1”</translation>
    </message>
    <message>
        <source>Site “%1”: “%2” is not a track of this program.</source>
        <translation>Site “%1” : “%2” n’est pas une filière de ce programme.</translation>
    </message>
    <message>
        <source>adding the site “%1”</source>
        <translation>l’ajout du site “%1”</translation>
    </message>
    <message>
        <source>“%1” is not a continuity site key.</source>
        <translation>“%1” n’est pas une clé de site de continuité.</translation>
    </message>
    <message>
        <source>%1 must be between 0 and %2.</source>
        <translation>%1 doit être compris entre 0 et %2.</translation>
    </message>
    <message>
        <source>%1: the lower bound is above the upper bound.</source>
        <translation>%1 : la borne inférieure dépasse la borne supérieure.</translation>
    </message>
    <message>
        <source>Positions must be between 0 and 1000.</source>
        <translation>Le nombre de postes doit être compris entre 0 et 1000.</translation>
    </message>
    <message>
        <source>A program needs a name.</source>
        <translation>Un programme doit avoir un nom.</translation>
    </message>
    <message>
        <source>A program needs an institution.</source>
        <translation>Un programme doit avoir un établissement.</translation>
    </message>
    <message>
        <source>The website must start with http:// or https://.</source>
        <translation>Le site web doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>Ambulatory share</source>
        <translation>Part ambulatoire</translation>
    </message>
    <message>
        <source>Ambulatory months</source>
        <translation>Mois ambulatoires</translation>
    </message>
    <message>
        <source>Every track needs a name.</source>
        <translation>Chaque filière doit avoir un nom.</translation>
    </message>
    <message>
        <source>Track “%1”: %2</source>
        <translation>Filière “%1” : %2</translation>
    </message>
    <message>
        <source>A program needs at least one track.</source>
        <translation>Un programme doit avoir au moins une filière.</translation>
    </message>
    <message>
        <source>The track name “%1” is used twice.</source>
        <translation>Le nom de filière “%1” est utilisé deux fois.</translation>
    </message>
    <message>
        <source>The NRMP code %1 is used by two tracks.</source>
        <translation>Le code NRMP %1 est utilisé par deux filières.</translation>
    </message>
    <message>
        <source>A continuity site needs a name.</source>
        <translation>Un site de continuité doit avoir un nom.</translation>
    </message>
    <message>
        <source>Site “%1”: residents placed “%2” is not a number (12), a range (2-10) or an open range (20+).</source>
        <translation>Site “%1” : le nombre de résidents affectés “%2” n’est ni un nombre (12), ni une fourchette (2-10), ni une fourchette ouverte (20+).</translation>
    </message>
    <message>
        <source>Site “%1”: the distance must be between 0 and 1000 miles.</source>
        <translation>Site “%1” : la distance doit être comprise entre 0 et 1000 miles.</translation>
    </message>
    <message>
        <source>Site “%1”: a language has no name.</source>
        <translation>Site “%1” : une langue n’a pas de nom.</translation>
    </message>
    <message>
        <source>Site “%1”: a service has no name.</source>
        <translation>Site “%1” : un service n’a pas de nom.</translation>
    </message>
</context>
<context>
    <name>rw::RankList</name>
    <message>
        <source>Supplemental</source>
        <translation>Supplémentaire</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principale</translation>
    </message>
</context>
<context>
    <name>rw::RankListReport</name>
    <message>
        <source>supplemental list</source>
        <translation>liste supplémentaire</translation>
    </message>
    <message>
        <source>primary list</source>
        <translation>liste principale</translation>
    </message>
    <message>
        <source>Rank Order List — %1</source>
        <translation>Liste de classement — %1</translation>
    </message>
    <message>
        <source>Rank Order List</source>
        <translation>Liste de classement</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ranks</source>
        <translation>Rangs</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Préparée le</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>À vérifier : %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more check(s); Rankwise lists them all on the Rank List page.</source>
        <translation>
            <numerusform>… et %n autre point à vérifier ; Rankwise les affiche tous sur la page Liste de classement.</numerusform>
            <numerusform>… et %n autres points à vérifier ; Rankwise les affiche tous sur la page Liste de classement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Filière</translation>
    </message>
    <message>
        <source>NRMP code</source>
        <translation>Code NRMP</translation>
    </message>
    <message>
        <source>City, state</source>
        <translation>Ville, État</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>This list has no entries yet.</source>
        <translation>Cette liste ne contient encore aucune entrée.</translation>
    </message>
    <message>
        <source>%1 · %2 · prepared %3</source>
        <translation>%1 · %2 · préparée le %3</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · prepared %4</source>
        <translation>%1 · %2 · %3 · préparée le %4</translation>
    </message>
    <message>
        <source>No longer offered (withdrawn from the catalog or deleted): not scored.</source>
        <translation>N’est plus proposée (retirée du catalogue ou supprimée) : sans score.</translation>
    </message>
    <message>
        <source>Your note: %1</source>
        <translation>Votre note : %1</translation>
    </message>
    <message>
        <source>(+%1 more)</source>
        <translation>(%1 de plus)</translation>
    </message>
    <message>
        <source>Not scored: no value on any weighted criterion.</source>
        <translation>Sans score : aucun critère pondéré n’a de valeur.</translation>
    </message>
    <message>
        <source>%1/5</source>
        <translation>%1/5</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 %2 (+%3)</source>
        <translation>%1 %2 (+%3)</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>manquants : %1</translation>
    </message>
    <message>
        <source>Criteria and weights</source>
        <translation>Critères et poids</translation>
    </message>
    <message>
        <source>No criteria yet: the list is in your own order and has no scores.</source>
        <translation>Aucun critère pour l’instant : la liste suit votre propre ordre et n’a pas de score.</translation>
    </message>
    <message>
        <source>Each score is out of 100: the weighted mean of the criteria a track has a value for, each value scaled from 0 to 1 (ratings 1–5; facts from the lowest to the highest on this list). A weight is shown as its share of all the weights.</source>
        <translation>Chaque score est sur 100 : c’est la moyenne pondérée des critères pour lesquels une filière a une valeur, chaque valeur étant ramenée à l’échelle de 0 à 1 (évaluations de 1 à 5 ; données de la plus basse à la plus haute de cette liste). Chaque poids est affiché comme sa part du total des poids.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Mesuré par</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Meilleur si</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>plus bas</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>plus élevé</translation>
    </message>
    <message>
        <source>Coverage %1: between %2 and %3 once the missing values are known.</source>
        <translation>Couverture %1 : entre %2 et %3 une fois les valeurs manquantes connues.</translation>
    </message>
    <message>
        <source>Provisional.</source>
        <translation>Provisoire.</translation>
    </message>
    <message>
        <source>%1, yours</source>
        <translation>%1, votre valeur</translation>
    </message>
</context>
<context>
    <name>rw::RankListRepository</name>
    <message>
        <source>A rank list needs a name.</source>
        <translation>Une liste de classement doit avoir un nom.</translation>
    </message>
    <message>
        <source>A rank list name can have at most %1 characters.</source>
        <translation>Le nom d’une liste de classement peut comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A rank list name cannot contain control characters.</source>
        <translation>Le nom d’une liste de classement ne peut pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>reading rank lists</source>
        <translation>la lecture des listes de classement</translation>
    </message>
    <message>
        <source>There is no rank list with the id %1.</source>
        <translation>Il n’existe aucune liste de classement ayant l’identifiant %1.</translation>
    </message>
    <message>
        <source>There is no rank list named “%1”. The lists are: %2.</source>
        <translation>Il n’existe aucune liste de classement nommée “%1”. Les listes sont : %2.</translation>
    </message>
    <message>
        <source>There is already a rank list named “%1”.</source>
        <translation>Une liste de classement nommée “%1” existe déjà.</translation>
    </message>
    <message>
        <source>creating the rank list “%1”</source>
        <translation>la création de la liste de classement “%1”</translation>
    </message>
    <message>
        <source>restoring the rank list “%1”</source>
        <translation>la restauration de la liste de classement “%1”</translation>
    </message>
    <message>
        <source>deleting the rank list</source>
        <translation>la suppression de la liste de classement</translation>
    </message>
    <message>
        <source>reading the rank list</source>
        <translation>la lecture de la liste de classement</translation>
    </message>
    <message>
        <source>A rank list can hold at most %1 tracks; this order has %2.</source>
        <translation>Une liste de classement peut contenir au plus %1 filières ; cet ordre en compte %2.</translation>
    </message>
    <message>
        <source>A track can appear only once on a rank list.</source>
        <translation>Une filière ne peut figurer qu’une seule fois sur une liste de classement.</translation>
    </message>
    <message>
        <source>saving the rank list</source>
        <translation>l’enregistrement de la liste de classement</translation>
    </message>
    <message>
        <source>reading tracks</source>
        <translation>la lecture des filières</translation>
    </message>
    <message>
        <source>“%1” is not a track key; track keys look like mgh-im.primary-care.</source>
        <translation>“%1” n’est pas une clé de filière ; les clés de filière ressemblent à mgh-im.primary-care.</translation>
    </message>
    <message>
        <source>There is no track with the key “%1”.</source>
        <translation>Il n’existe aucune filière ayant la clé “%1”.</translation>
    </message>
    <message>
        <source>There is no track with the id %1.</source>
        <translation>Il n’existe aucune filière ayant l’identifiant %1.</translation>
    </message>
    <message>
        <source>reading where the list&apos;s programs are</source>
        <translation>la lecture de la localisation des programmes de la liste</translation>
    </message>
    <message>
        <source>There is no rank list named “%1”: there are no rank lists yet.</source>
        <translation>Il n’existe aucune liste de classement nommée “%1” : il n’y a encore aucune liste de classement.</translation>
    </message>
</context>
<context>
    <name>rw::RankService</name>
    <message>
        <source>%1 (%2) is not on the list “%3”.</source>
        <translation>%1 (%2) n’est pas sur la liste “%3”.</translation>
    </message>
    <message>
        <source>%1 (%2) is already on the list “%3”, at rank %4.</source>
        <translation>%1 (%2) est déjà sur la liste “%3”, au rang %4.</translation>
    </message>
    <message>
        <source>%1 (%2) is no longer offered (withdrawn from the catalog or deleted), so it cannot be added.</source>
        <translation>%1 (%2) n’est plus proposée (retirée du catalogue ou supprimée) ; elle ne peut donc pas être ajoutée.</translation>
    </message>
    <message>
        <source>Position %1 is outside the list “%2”: use 1 to %3.</source>
        <translation>La position %1 est en dehors de la liste “%2” : utilisez 1 à %3.</translation>
    </message>
    <message>
        <source>There are no rank lists yet.</source>
        <translation>Il n’y a encore aucune liste de classement.</translation>
    </message>
</context>
<context>
    <name>rw::Recovery</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is open in another Rankwise window or in rankwise-cli; close it and try again.</source>
        <translation>“%1” est ouvert dans une autre fenêtre Rankwise ou dans rankwise-cli ; fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>“%1” cannot be restored over itself.</source>
        <translation>“%1” ne peut pas être restauré sur lui-même.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>La sauvegarde ne peut pas être restaurée : %1</translation>
    </message>
    <message>
        <source>The backup cannot be restored: “%1” holds no Rankwise data.</source>
        <translation>La sauvegarde ne peut pas être restaurée : “%1” ne contient aucune donnée Rankwise.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Impossible de créer le dossier “%1”.</translation>
    </message>
    <message>
        <source>copying the backup “%1”</source>
        <translation>la copie de la sauvegarde “%1”</translation>
    </message>
    <message>
        <source>The backup was copied to “%1” but could not be renamed to “%2”: %3</source>
        <translation>La sauvegarde a été copiée dans “%1”, mais n’a pas pu être renommée en “%2” : %3</translation>
    </message>
</context>
<context>
    <name>rw::SearchTextRepository</name>
    <message>
        <source>reading text for the filter</source>
        <translation>la lecture du texte pour le filtre</translation>
    </message>
</context>
<context>
    <name>rw::Snapshot</name>
    <message>
        <source>Before sort by score</source>
        <translation>Avant le tri par score</translation>
    </message>
    <message>
        <source>Before restoring a snapshot</source>
        <translation>Avant la restauration d’un instantané</translation>
    </message>
    <message>
        <source>Taken by hand</source>
        <translation>Pris manuellement</translation>
    </message>
</context>
<context>
    <name>rw::SnapshotRepository</name>
    <message>
        <source>A snapshot label can have at most %1 characters.</source>
        <translation>Le libellé d’un instantané peut comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A snapshot label cannot contain control characters.</source>
        <translation>Le libellé d’un instantané ne peut pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>taking a snapshot</source>
        <translation>la prise d’un instantané</translation>
    </message>
    <message>
        <source>restoring a snapshot</source>
        <translation>la restauration d’un instantané</translation>
    </message>
    <message>
        <source>deleting a snapshot</source>
        <translation>la suppression d’un instantané</translation>
    </message>
    <message>
        <source>There is no snapshot with the id %1.</source>
        <translation>Il n’existe aucun instantané ayant l’identifiant %1.</translation>
    </message>
    <message>
        <source>reading snapshots</source>
        <translation>la lecture des instantanés</translation>
    </message>
</context>
<context>
    <name>rw::SqliteConnection</name>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Impossible d’ouvrir “%1” : %2</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire “%1” : %2</translation>
    </message>
</context>
<context>
    <name>rw::TargetMatcher</name>
    <message>
        <source>by key</source>
        <translation>par clé</translation>
    </message>
    <message>
        <source>by names</source>
        <translation>par noms</translation>
    </message>
    <message>
        <source>no program here has this key, NRMP code or these names</source>
        <translation>aucun programme ici n’a cette clé, ce code NRMP ou ces noms</translation>
    </message>
    <message>
        <source>by NRMP code %1</source>
        <translation>par code NRMP %1</translation>
    </message>
    <message numerus="yes">
        <source>%n programs here have these names; none was chosen</source>
        <translation>
            <numerusform>%n programme ici porte ces noms ; aucun n’a été choisi</numerusform>
            <numerusform>%n programmes ici portent ces noms ; aucun n’a été choisi</numerusform>
        </translation>
    </message>
    <message>
        <source>program %1, track by name</source>
        <translation>programme %1, filière par son nom</translation>
    </message>
    <message>
        <source>program %1; it has no track “%2” here, so the note goes on the program</source>
        <translation>programme %1 ; il n’a pas de filière “%2” ici, la note va donc sur le programme</translation>
    </message>
    <message>
        <source>program %1, site by name</source>
        <translation>programme %1, site par son nom</translation>
    </message>
    <message>
        <source>program %1; it has no site “%2” here, so the note goes on the program</source>
        <translation>programme %1 ; il n’a pas de site “%2” ici, la note va donc sur le programme</translation>
    </message>
</context>
<context>
    <name>rw::TrackFactsRepository</name>
    <message>
        <source>reading program facts</source>
        <translation>la lecture des données des programmes</translation>
    </message>
    <message>
        <source>reading curriculum features</source>
        <translation>la lecture des éléments des programmes de formation</translation>
    </message>
</context>
<context>
    <name>rw::TrackType</name>
    <message>
        <source>Categorical</source>
        <translation>Catégoriel</translation>
    </message>
    <message>
        <source>Primary Care</source>
        <translation>Soins primaires</translation>
    </message>
    <message>
        <source>Global Primary Care</source>
        <translation>Soins primaires mondiaux</translation>
    </message>
    <message>
        <source>Preliminary</source>
        <translation>Préliminaire</translation>
    </message>
    <message>
        <source>Physician-Scientist</source>
        <translation>Médecin-chercheur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>rw::UserValueRepository</name>
    <message>
        <source>A rating must be a whole number from 1 to 5, not %1.</source>
        <translation>Une évaluation doit être un nombre entier de 1 à 5, et non %1.</translation>
    </message>
    <message>
        <source>“%1” takes yes or no.</source>
        <translation>“%1” accepte yes ou no.</translation>
    </message>
    <message>
        <source>“%1” takes a number from 0 to %2, not %3.</source>
        <translation>“%1” accepte un nombre de 0 à %2, et non %3.</translation>
    </message>
    <message>
        <source>“%1” is a feature: give yes, no or “none” to clear your value, not “%2”.</source>
        <translation>“%1” est un élément de formation : indiquez yes, no, ou “none” pour effacer votre valeur, et non “%2”.</translation>
    </message>
    <message>
        <source>“%1” takes a number (or “none” to clear your value), not “%2”.</source>
        <translation>“%1” accepte un nombre (ou “none” pour effacer votre valeur), et non “%2”.</translation>
    </message>
    <message>
        <source>reading tracks</source>
        <translation>la lecture des filières</translation>
    </message>
    <message>
        <source>There is no track with the id %1.</source>
        <translation>Il n’existe aucune filière ayant l’identifiant %1.</translation>
    </message>
    <message>
        <source>saving your value</source>
        <translation>l’enregistrement de votre valeur</translation>
    </message>
    <message>
        <source>clearing your value</source>
        <translation>l’effacement de votre valeur</translation>
    </message>
    <message>
        <source>reading your values</source>
        <translation>la lecture de vos valeurs</translation>
    </message>
    <message>
        <source>restoring your values</source>
        <translation>la restauration de vos valeurs</translation>
    </message>
</context>
<context>
    <name>rw::cli::CatalogCommands</name>
    <message>
        <source>added by you</source>
        <translation>ajouté par vous</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Site web : %1</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Calendrier : %1</translation>
    </message>
    <message>
        <source>Ambulatory share: %1</source>
        <translation>Part ambulatoire : %1</translation>
    </message>
    <message>
        <source>Ambulatory months: %1</source>
        <translation>Mois ambulatoires : %1</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Filières</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message numerus="yes">
        <source>Continuity sites (%n)</source>
        <translation>
            <numerusform>Site de continuité (%n)</numerusform>
            <numerusform>Sites de continuité (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Residents placed: %1</source>
        <translation>Résidents affectés : %1</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Localisation : %1</translation>
    </message>
    <message>
        <source>%1 (interpreter)</source>
        <translation>%1 (interprète)</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Langues : %1</translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation>Services : %1</translation>
    </message>
    <message numerus="yes">
        <source>Curriculum (%n features)</source>
        <translation>
            <numerusform>Programme de formation (%n élément)</numerusform>
            <numerusform>Programme de formation (%n éléments)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources : %1</translation>
    </message>
    <message>
        <source>List every program with its tracks.</source>
        <translation>Lister tous les programmes avec leurs filières.</translation>
    </message>
    <message>
        <source>Show one program whole: tracks, continuity sites, curriculum, sources.</source>
        <translation>Afficher un programme en entier : filières, sites de continuité, programme de formation, sources.</translation>
    </message>
    <message>
        <source>List resources (organisations that are not programs).</source>
        <translation>Lister les ressources (organismes qui ne sont pas des programmes).</translation>
    </message>
    <message>
        <source>Distance from campus: %1</source>
        <translation>Distance du campus : %1</translation>
    </message>
</context>
<context>
    <name>rw::cli::CommandLine</name>
    <message>
        <source>Usage: rankwise-cli [--db PATH] COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>Utilisation : rankwise-cli [--db PATH] COMMAND [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <source>Rankwise from the command line: the same database and rules as the app.</source>
        <translation>Rankwise en ligne de commande : la même base de données et les mêmes règles que l’application.</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options globales :</translation>
    </message>
    <message>
        <source>the database file (default: $RANKWISE_DB, else %1)</source>
        <translation>le fichier de base de données (par défaut : $RANKWISE_DB, sinon %1)</translation>
    </message>
    <message>
        <source>show this help, or a command&apos;s help</source>
        <translation>afficher cette aide, ou l’aide d’une commande</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>afficher la version</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 2 bad usage or bad input, 1 other failures.</source>
        <translation>Code de sortie : 0 succès, 2 mauvaise utilisation ou entrée invalide, 1 autres échecs.</translation>
    </message>
    <message>
        <source>Usage: rankwise-cli [--db PATH] %1</source>
        <translation>Utilisation : rankwise-cli [--db PATH] %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>--db needs a path.</source>
        <translation>--db nécessite un chemin.</translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation>commande inconnue “%1”.</translation>
    </message>
    <message>
        <source>Run “rankwise-cli --help” for the list of commands.</source>
        <translation>Lancez “rankwise-cli --help” pour la liste des commandes.</translation>
    </message>
    <message>
        <source>“%1” is not an option of “%2”.</source>
        <translation>“%1” n’est pas une option de “%2”.</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 ne prend pas de valeur.</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2).</source>
        <translation>--%1 nécessite une valeur (%2).</translation>
    </message>
    <message>
        <source>--%1 is given twice.</source>
        <translation>--%1 est indiqué deux fois.</translation>
    </message>
    <message>
        <source>usage: rankwise-cli %1</source>
        <translation>utilisation : rankwise-cli %1</translation>
    </message>
</context>
<context>
    <name>rw::cli::Context</name>
    <message>
        <source>--format must be one of %1, not “%2”.</source>
        <translation>--format doit être l’une des valeurs %1, et non “%2”.</translation>
    </message>
    <message>
        <source>Run “rankwise-cli --help” for usage.</source>
        <translation>Lancez “rankwise-cli --help” pour l’utilisation.</translation>
    </message>
    <message>
        <source>output format (default %1)</source>
        <translation>format de sortie (%1 par défaut)</translation>
    </message>
    <message>
        <source>Create one with “list create NAME”.</source>
        <translation>Créez-en une avec “list create NAME”.</translation>
    </message>
</context>
<context>
    <name>rw::cli::CriteriaCommands</name>
    <message>
        <source>criteria add needs --weight W (a number from 0 to %1).</source>
        <translation>criteria add nécessite --weight W (un nombre de 0 à %1).</translation>
    </message>
    <message>
        <source>Added the criterion “%1” (%2, weight %3).</source>
        <translation>Critère “%1” ajouté (%2, poids %3).</translation>
    </message>
    <message>
        <source>No criteria yet. Add some with “criteria add NAME --weight W”, or the suggested set with “criteria suggested”.</source>
        <translation>Aucun critère pour l’instant. Ajoutez-en avec “criteria add NAME --weight W”, ou l’ensemble suggéré avec “criteria suggested”.</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>plus bas, c’est mieux</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>plus élevé, c’est mieux</translation>
    </message>
    <message>
        <source>“%1” now weighs %2 (was %3).</source>
        <translation>“%1” pèse désormais %2 (au lieu de %3).</translation>
    </message>
    <message>
        <source>The direction must be “higher” or “lower”, not “%1”.</source>
        <translation>Le sens doit être “higher” ou “lower”, et non “%1”.</translation>
    </message>
    <message>
        <source>For “%1”, lower is now better.</source>
        <translation>Pour “%1”, plus bas, c’est désormais mieux.</translation>
    </message>
    <message>
        <source>For “%1”, higher is now better.</source>
        <translation>Pour “%1”, plus élevé, c’est désormais mieux.</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>“%1” renommé en “%2”.</translation>
    </message>
    <message numerus="yes">
        <source>Removed the criterion “%1” and its %n rating(s).</source>
        <translation>
            <numerusform>Critère “%1” retiré, avec %n évaluation.</numerusform>
            <numerusform>Critère “%1” retiré, avec ses %n évaluations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every suggested criterion is already there.</source>
        <translation>Tous les critères suggérés sont déjà présents.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n criteria: %1.</source>
        <translation>
            <numerusform>%n critère ajouté : %1.</numerusform>
            <numerusform>%n critères ajoutés : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a criterion. FIELD is one of %1; CATEGORY a curriculum category.</source>
        <translation>Ajouter un critère. FIELD est l’une des valeurs %1 ; CATEGORY, une catégorie de programme de formation.</translation>
    </message>
    <message>
        <source>its weight, a number from 0 to 1000 (required)</source>
        <translation>son poids, un nombre de 0 à 1000 (obligatoire)</translation>
    </message>
    <message>
        <source>what it measures (default rating)</source>
        <translation>ce qu’il mesure (rating par défaut)</translation>
    </message>
    <message>
        <source>smaller values are better</source>
        <translation>les valeurs plus basses sont meilleures</translation>
    </message>
    <message>
        <source>List the criteria with their weights and shares of the total.</source>
        <translation>Lister les critères avec leurs poids et leurs parts du total.</translation>
    </message>
    <message>
        <source>Change a criterion&apos;s weight (0 to 1000).</source>
        <translation>Modifier le poids d’un critère (0 à 1000).</translation>
    </message>
    <message>
        <source>Say whether higher or lower values are better.</source>
        <translation>Indiquer si les valeurs plus élevées ou plus basses sont meilleures.</translation>
    </message>
    <message>
        <source>Rename a criterion.</source>
        <translation>Renommer un critère.</translation>
    </message>
    <message>
        <source>Remove a criterion and its ratings.</source>
        <translation>Retirer un critère et ses évaluations.</translation>
    </message>
    <message>
        <source>Add the suggested starting criteria (those not there yet).</source>
        <translation>Ajouter les critères de départ suggérés (ceux qui ne sont pas encore présents).</translation>
    </message>
    <message>
        <source>Cleared your value of %1 on “%2”.</source>
        <translation>Votre valeur de %1 sur “%2” a été effacée.</translation>
    </message>
    <message>
        <source>Set %1 to Yes on “%2”.</source>
        <translation>%1 réglé à Oui sur “%2”.</translation>
    </message>
    <message>
        <source>Set %1 to No on “%2”.</source>
        <translation>%1 réglé à Non sur “%2”.</translation>
    </message>
    <message>
        <source>Set %1 to %2 on “%3”.</source>
        <translation>%1 réglé à %2 sur “%3”.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>catalog, %1</source>
        <translation>catalogue, %1</translation>
    </message>
    <message>
        <source>Give a track your value on any criterion: 1 to 5 for a rating, yes or no for a feature, a number for an attribute; VALUE “none” clears yours (back to the catalog&apos;s).</source>
        <translation>Donner à une filière votre valeur pour n’importe quel critère : 1 à 5 pour une évaluation, yes ou no pour un élément de formation, un nombre pour une donnée du programme ; VALUE “none” efface la vôtre (retour à celle du catalogue).</translation>
    </message>
    <message>
        <source>List every value scoring uses, yours and the catalog&apos;s, with where each comes from.</source>
        <translation>Lister toutes les valeurs utilisées pour calculer les scores, les vôtres et celles du catalogue, avec la provenance de chacune.</translation>
    </message>
</context>
<context>
    <name>rw::cli::ExportCommands</name>
    <message>
        <source>Write a rank list as a PDF to print or bring to your advisor: entries in order with track, NRMP code, place and score, then the criteria and weights.</source>
        <translation>Écrire une liste de classement dans un PDF à imprimer ou à montrer à votre conseiller : les entrées dans l’ordre avec la filière, le code NRMP, le lieu et le score, puis les critères et leurs poids.</translation>
    </message>
    <message>
        <source>each entry&apos;s points per criterion</source>
        <translation>les points de chaque entrée par critère</translation>
    </message>
    <message>
        <source>an excerpt of your own notes on each entry</source>
        <translation>un extrait de vos propres notes sur chaque entrée</translation>
    </message>
    <message>
        <source>the paper (default: the saved preference, else by locale)</source>
        <translation>le format du papier (par défaut : la préférence enregistrée, sinon selon les paramètres régionaux)</translation>
    </message>
    <message>
        <source>the applicant&apos;s name on the report (default: the saved preference)</source>
        <translation>le nom du candidat sur le document (par défaut : la préférence enregistrée)</translation>
    </message>
    <message>
        <source>Write a rank list as a spreadsheet (CSV): rank, program, institution, track, NRMP code, city, state, score and your ratings.</source>
        <translation>Écrire une liste de classement dans une feuille de calcul (CSV) : rang, programme, établissement, filière, code NRMP, ville, État, score et vos évaluations.</translation>
    </message>
    <message>
        <source>Bring in a spreadsheet: rows become programs and tracks (matched by NRMP code, then by names, or added as your own), rating columns become criteria, and with --list the rows become a list in Rank order.</source>
        <translation>Importer une feuille de calcul : les lignes deviennent des programmes et des filières (associés par code NRMP, puis par noms, ou ajoutés comme les vôtres), les colonnes d’évaluation deviennent des critères et, avec --list, les lignes deviennent une liste dans l’ordre de la colonne Rank.</translation>
    </message>
    <message>
        <source>fill this list (created, or its order replaced after a snapshot)</source>
        <translation>remplir cette liste (créée, ou dont l’ordre est remplacé après un instantané)</translation>
    </message>
    <message>
        <source>show what would be matched and created; write nothing</source>
        <translation>montrer ce qui serait associé et créé ; ne rien écrire</translation>
    </message>
    <message>
        <source>--page-size takes letter or a4, not “%1”.</source>
        <translation>--page-size accepte letter ou a4, et non “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the list “%1” (%n rank(s)</source>
        <translation>
            <numerusform>Liste “%1” écrite (%n rang</numerusform>
            <numerusform>Liste “%1” écrite (%n rangs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n page(s)) to %1.</source>
        <translation>
            <numerusform>, %n page) dans %1.</numerusform>
            <numerusform>, %n pages) dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rating column(s)) to %1.</source>
        <translation>
            <numerusform>, %n colonne d’évaluation) dans %1.</numerusform>
            <numerusform>, %n colonnes d’évaluation) dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>matched by NRMP code %1</source>
        <translation>associée par code NRMP %1</translation>
    </message>
    <message>
        <source>matched by names</source>
        <translation>associée par noms</translation>
    </message>
    <message>
        <source>new track of your own</source>
        <translation>nouvelle filière personnelle</translation>
    </message>
    <message>
        <source>new program of your own</source>
        <translation>nouveau programme personnel</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation : rien n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), separated by “%2”.</source>
        <translation>
            <numerusform>%1 : %n ligne, séparateur “%2”.</numerusform>
            <numerusform>%1 : %n lignes, séparateur “%2”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes :</translation>
    </message>
    <message>
        <source> (existing criterion)</source>
        <translation> (critère existant)</translation>
    </message>
    <message>
        <source> (new criterion, weight 1)</source>
        <translation> (nouveau critère, poids 1)</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Lignes :</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>rang %1</translation>
    </message>
    <message>
        <source>--list needs the name of the list to fill.</source>
        <translation>--list nécessite le nom de la liste à remplir.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); nothing was imported:</source>
        <translation>
            <numerusform>%1 contient %n problème ; rien n’a été importé :</numerusform>
            <numerusform>%1 contient %n problèmes ; rien n’a été importé :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::cli::ListCommands</name>
    <message>
        <source>A position must be a whole number from 1, not “%1”.</source>
        <translation>Une position doit être un nombre entier à partir de 1, et non “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n rank(s)</source>
        <translation>
            <numerusform>%n rang</numerusform>
            <numerusform>%n rangs</numerusform>
        </translation>
    </message>
    <message>
        <source>No rank lists yet. Create one with “list create NAME”.</source>
        <translation>Aucune liste de classement pour l’instant. Créez-en une avec “list create NAME”.</translation>
    </message>
    <message>
        <source>Created the %1 list “%2”.</source>
        <translation>Liste %1 “%2” créée.</translation>
    </message>
    <message>
        <source>Deleted the list “%1” with its snapshots.</source>
        <translation>Liste “%1” supprimée avec ses instantanés.</translation>
    </message>
    <message>
        <source>Added %1 to “%2” at rank %3.</source>
        <translation>%1 ajoutée à “%2” au rang %3.</translation>
    </message>
    <message>
        <source>Moved %1 to rank %2 of “%3”.</source>
        <translation>%1 déplacée au rang %2 de “%3”.</translation>
    </message>
    <message>
        <source>Pinned %1: sort by score leaves it where it is.</source>
        <translation>%1 épinglée : le tri par score la laisse où elle est.</translation>
    </message>
    <message>
        <source>Unpinned %1.</source>
        <translation>%1 désépinglée.</translation>
    </message>
    <message>
        <source>Removed %1 from “%2”.</source>
        <translation>%1 retirée de “%2”.</translation>
    </message>
    <message numerus="yes">
        <source>Sorted “%1” by score (pinned entries kept): %n entry(ies) moved. The order before is snapshot %2.</source>
        <translation>
            <numerusform>Liste “%1” triée par score (entrées épinglées conservées) : %n entrée déplacée. L’ordre précédent est l’instantané %2.</numerusform>
            <numerusform>Liste “%1” triée par score (entrées épinglées conservées) : %n entrées déplacées. L’ordre précédent est l’instantané %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took snapshot %1 of “%2” (%n rank(s)).</source>
        <translation>
            <numerusform>Instantané %1 de “%2” pris (%n rang).</numerusform>
            <numerusform>Instantané %1 de “%2” pris (%n rangs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rank(s); since then: </source>
        <translation>
            <numerusform>%n rang ; depuis : </numerusform>
            <numerusform>%n rangs ; depuis : </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 moved, %2 added, %3 removed</source>
        <translation>déplacées : %1, ajoutées : %2, retirées : %3</translation>
    </message>
    <message>
        <source>No snapshots of “%1” yet.</source>
        <translation>Aucun instantané de “%1” pour l’instant.</translation>
    </message>
    <message>
        <source>A snapshot id is a number (see “list snapshots NAME”), not “%1”.</source>
        <translation>Un identifiant d’instantané est un nombre (voir “list snapshots NAME”), et non “%1”.</translation>
    </message>
    <message>
        <source>Snapshot %1 belongs to another list, not “%2”.</source>
        <translation>L’instantané %1 appartient à une autre liste que “%2”.</translation>
    </message>
    <message>
        <source>Restored snapshot %1 of “%2”; the order before is snapshot %3.</source>
        <translation>Instantané %1 de “%2” restauré ; l’ordre précédent est l’instantané %3.</translation>
    </message>
    <message>
        <source>warning: %1 no longer exists and was left out.</source>
        <translation>avertissement : %1 n’existe plus et a été laissée de côté.</translation>
    </message>
    <message>
        <source>List the rank lists.</source>
        <translation>Lister les listes de classement.</translation>
    </message>
    <message>
        <source>Create a rank list (primary unless --supplemental).</source>
        <translation>Créer une liste de classement (principale, sauf avec --supplemental).</translation>
    </message>
    <message>
        <source>a supplemental list for preliminary positions</source>
        <translation>une liste supplémentaire pour les postes préliminaires</translation>
    </message>
    <message>
        <source>Delete a rank list with its snapshots.</source>
        <translation>Supprimer une liste de classement avec ses instantanés.</translation>
    </message>
    <message>
        <source>Add a track to a list, at the end or at --position N (at most 300 ranks).</source>
        <translation>Ajouter une filière à une liste, à la fin ou à --position N (au plus 300 rangs).</translation>
    </message>
    <message>
        <source>the rank to insert it at</source>
        <translation>le rang où l’insérer</translation>
    </message>
    <message>
        <source>Move an entry to another rank.</source>
        <translation>Déplacer une entrée à un autre rang.</translation>
    </message>
    <message>
        <source>Pin an entry so that sort by score leaves it in place.</source>
        <translation>Épingler une entrée pour que le tri par score la laisse en place.</translation>
    </message>
    <message>
        <source>Unpin an entry.</source>
        <translation>Désépingler une entrée.</translation>
    </message>
    <message>
        <source>Remove an entry from a list.</source>
        <translation>Retirer une entrée d’une liste.</translation>
    </message>
    <message>
        <source>Sort by score, keeping pinned entries in place (a snapshot is taken first).</source>
        <translation>Trier par score en laissant les entrées épinglées en place (un instantané est pris d’abord).</translation>
    </message>
    <message>
        <source>Take a dated copy of a list.</source>
        <translation>Prendre une copie datée d’une liste.</translation>
    </message>
    <message>
        <source>a note to recognise it by</source>
        <translation>un libellé pour le reconnaître</translation>
    </message>
    <message>
        <source>List a list&apos;s snapshots and what changed since each.</source>
        <translation>Lister les instantanés d’une liste et ce qui a changé depuis chacun.</translation>
    </message>
    <message>
        <source>Put a snapshot&apos;s order back (the current order is snapshotted first).</source>
        <translation>Rétablir l’ordre d’un instantané (l’ordre actuel est d’abord enregistré dans un instantané).</translation>
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
        <translation>ok : “%1” a réussi les vérifications d’intégrité et de références de SQLite.</translation>
    </message>
    <message>
        <source>Schema %1, last written by Rankwise %2, %3.</source>
        <translation>Schéma %1, écrit en dernier par Rankwise %2, %3.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>No backups yet (they are kept in “%1”).</source>
        <translation>Aucune sauvegarde pour l’instant (elles sont conservées dans “%1”).</translation>
    </message>
    <message>
        <source>Backups in “%1”: %2; the newest:</source>
        <translation>Sauvegardes dans “%1” : %2 ; la plus récente :</translation>
    </message>
    <message>
        <source>To put the newest good backup in place (the damaged file is kept aside): rankwise-cli --db “%1” restore latest</source>
        <translation>Pour mettre en place la sauvegarde valide la plus récente (le fichier endommagé est mis de côté) : rankwise-cli --db “%1” restore latest</translation>
    </message>
    <message>
        <source>No backups of “%1” yet (they are kept in “%2”).</source>
        <translation>Aucune sauvegarde de “%1” pour l’instant (elles sont conservées dans “%2”).</translation>
    </message>
    <message>
        <source>Backups of “%1”, newest first, in “%2”:</source>
        <translation>Sauvegardes de “%1”, de la plus récente à la plus ancienne, dans “%2” :</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>DAMAGED: %1</source>
        <translation>ENDOMMAGÉE : %1</translation>
    </message>
    <message>
        <source>--keep needs a whole number of at least 1, not “%1”.</source>
        <translation>--keep nécessite un nombre entier d’au moins 1, et non “%1”.</translation>
    </message>
    <message>
        <source>Restored “%1” from “%2”.</source>
        <translation>“%1” restauré à partir de “%2”.</translation>
    </message>
    <message>
        <source>The file it replaced was kept as “%1”.</source>
        <translation>Le fichier remplacé a été conservé sous le nom “%1”.</translation>
    </message>
    <message>
        <source>Check the database file: SQLite’s integrity and reference checks, its version, its backups.</source>
        <translation>Vérifier le fichier de base de données : vérifications d’intégrité et de références de SQLite, sa version, ses sauvegardes.</translation>
    </message>
    <message>
        <source>List the database’s backups, newest first.</source>
        <translation>Lister les sauvegardes de la base de données, de la plus récente à la plus ancienne.</translation>
    </message>
    <message>
        <source>also check each backup’s integrity</source>
        <translation>vérifier aussi l’intégrité de chaque sauvegarde</translation>
    </message>
    <message>
        <source>Back the database up now, then keep only the newest backups.</source>
        <translation>Sauvegarder la base de données maintenant, puis ne garder que les sauvegardes les plus récentes.</translation>
    </message>
    <message>
        <source>how many backups to keep (default: the app’s setting, else %1)</source>
        <translation>nombre de sauvegardes à garder (par défaut : le réglage de l’application, sinon %1)</translation>
    </message>
    <message>
        <source>Put a backup in place of the database (a file name from “backups”, a path, or “latest”); the current file is kept aside, never deleted.</source>
        <translation>Mettre une sauvegarde à la place de la base de données (un nom de fichier issu de “backups”, un chemin, ou “latest”) ; le fichier actuel est mis de côté, jamais supprimé.</translation>
    </message>
</context>
<context>
    <name>rw::cli::NoteCommands</name>
    <message>
        <source>Cannot read the note from standard input.</source>
        <translation>Impossible de lire la note depuis l’entrée standard.</translation>
    </message>
    <message>
        <source>The note is empty; give its text after the key.</source>
        <translation>La note est vide ; indiquez son texte après la clé.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>Write a note of yours on a program, track or site; prints its id. TEXT “-” reads standard input.</source>
        <translation>Écrire une note personnelle sur un programme, une filière ou un site ; affiche son identifiant. TEXT “-” lit l’entrée standard.</translation>
    </message>
    <message>
        <source>List notes (yours and classmates’), all or on one program (with its tracks and sites), track or site.</source>
        <translation>Lister les notes (les vôtres et celles des camarades), toutes ou celles d’un programme (avec ses filières et ses sites), d’une filière ou d’un site.</translation>
    </message>
</context>
<context>
    <name>rw::cli::ProgramCommands</name>
    <message>
        <source>--track “%1” must be NAME:TYPE or NAME:TYPE:NRMP_CODE.</source>
        <translation>--track “%1” doit être de la forme NAME:TYPE ou NAME:TYPE:NRMP_CODE.</translation>
    </message>
    <message>
        <source>--track “%1”: “%2” is not a track type; use one of %3.</source>
        <translation>--track “%1” : “%2” n’est pas un type de filière ; utilisez l’une des valeurs %3.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 est obligatoire.</translation>
    </message>
    <message>
        <source>Internal Medicine</source>
        <translation>Médecine interne</translation>
    </message>
    <message>
        <source>Categorical</source>
        <translation>Catégoriel</translation>
    </message>
    <message>
        <source>Add a program of your own; prints its key. --name, --institution, --city and --state are required; without --track it gets one Categorical track.</source>
        <translation>Ajouter votre propre programme ; affiche sa clé. --name, --institution, --city et --state sont obligatoires ; sans --track, il reçoit une filière nommée Catégoriel.</translation>
    </message>
    <message>
        <source>program name</source>
        <translation>nom du programme</translation>
    </message>
    <message>
        <source>sponsoring institution</source>
        <translation>établissement de rattachement</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>state</source>
        <translation>État</translation>
    </message>
    <message>
        <source>specialty (default Internal Medicine)</source>
        <translation>spécialité (Médecine interne par défaut)</translation>
    </message>
    <message>
        <source>website, http:// or https://</source>
        <translation>site web, http:// ou https://</translation>
    </message>
    <message>
        <source>a track; TYPE is categorical, primary-care, global-primary-care, preliminary, physician-scientist or other</source>
        <translation>une filière ; TYPE est categorical, primary-care, global-primary-care, preliminary, physician-scientist ou other</translation>
    </message>
</context>
<context>
    <name>rw::cli::RankCommands</name>
    <message>
        <source>the rank list (default: the first primary list)</source>
        <translation>la liste de classement (par défaut : la première liste principale)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
</context>
<context>
    <name>rw::cli::ReportCommands</name>
    <message numerus="yes">
        <source>%1 (%2): %n rank(s)</source>
        <translation>
            <numerusform>%1 (%2) : %n rang</numerusform>
            <numerusform>%1 (%2) : %n rangs</numerusform>
        </translation>
    </message>
    <message>
        <source>Add tracks with “list add %1 TRACK_KEY”.</source>
        <translation>Ajoutez des filières avec “list add %1 TRACK_KEY”.</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>rang</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>by score</source>
        <translation>par score</translation>
    </message>
    <message>
        <source>(you +%1)</source>
        <translation>(vous +%1)</translation>
    </message>
    <message>
        <source>(you −%1)</source>
        <translation>(vous −%1)</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>épinglée</translation>
    </message>
    <message>
        <source>WITHDRAWN, not scored</source>
        <translation>RETIRÉE, sans score</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>manquants : %1</translation>
    </message>
    <message>
        <source>tied, and identical on every criterion</source>
        <translation>ex aequo, et identiques sur chaque critère</translation>
    </message>
    <message>
        <source>stable: no single weight change swaps them</source>
        <translation>stables : aucun changement d’un seul poids ne les inverse</translation>
    </message>
    <message>
        <source>tied: any increase of the %1 weight swaps them</source>
        <translation>ex aequo : la moindre hausse du poids de “%1” les inverse</translation>
    </message>
    <message>
        <source>tied: any decrease of the %1 weight swaps them</source>
        <translation>ex aequo : la moindre baisse du poids de “%1” les inverse</translation>
    </message>
    <message>
        <source>would swap if %1 weight %2%3</source>
        <translation>s’inverseraient si le poids de “%1” variait de %2%3</translation>
    </message>
    <message>
        <source>Rank stability needs at least two scored entries on “%1”.</source>
        <translation>La stabilité du classement nécessite au moins deux entrées avec un score sur “%1”.</translation>
    </message>
    <message>
        <source>Rank stability of “%1” (computed order, adjacent pairs):</source>
        <translation>Stabilité du classement de “%1” (ordre calculé, paires voisines) :</translation>
    </message>
    <message>
        <source>ahead by %1 points; %2</source>
        <translation>%1 points d’avance ; %2</translation>
    </message>
    <message>
        <source>The gut check needs at least two entries with different scores on “%1”.</source>
        <translation>Le test d’intuition nécessite au moins deux entrées de scores différents sur “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Kendall&apos;s tau between your order and the scores: %1 (%2 of %n pair(s) agree, %3 disagree, %4 tied on score).</source>
        <translation>
            <numerusform>Tau de Kendall entre votre ordre et les scores : %1 (paires concordantes : %2 sur %n, discordantes : %3, ex aequo sur le score : %4).</numerusform>
            <numerusform>Tau de Kendall entre votre ordre et les scores : %1 (paires concordantes : %2 sur %n, discordantes : %3, ex aequo sur le score : %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Your order never goes against your stated priorities.</source>
        <translation>Votre ordre ne va jamais à l’encontre des priorités que vous avez définies.</translation>
    </message>
    <message>
        <source>Where your gut and your priorities part ways:</source>
        <translation>Là où votre intuition et vos priorités divergent :</translation>
    </message>
    <message>
        <source>you rank %1 above %2, which scores higher (%3 vs %4)</source>
        <translation>vous classez %1 devant %2, dont le score est plus élevé (%3 contre %4)</translation>
    </message>
    <message>
        <source>Show a list in your order with scores, computed positions and missing values.</source>
        <translation>Afficher une liste dans votre ordre, avec les scores, les positions calculées et les valeurs manquantes.</translation>
    </message>
    <message>
        <source>For each adjacent pair of the computed order, the smallest single weight change that would swap them.</source>
        <translation>Pour chaque paire voisine de l’ordre calculé, le plus petit changement d’un seul poids qui les inverserait.</translation>
    </message>
    <message>
        <source>Your order against the computed one: Kendall&apos;s tau and the pairs where they disagree.</source>
        <translation>Votre ordre comparé à l’ordre calculé : tau de Kendall et paires en désaccord.</translation>
    </message>
    <message>
        <source>--min-coverage takes a percentage from 0 to 100, not “%1”.</source>
        <translation>--min-coverage accepte un pourcentage de 0 à 100, et non “%1”.</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>nothing known yet</source>
        <translation>rien de connu pour l’instant</translation>
    </message>
    <message>
        <source>provisional, coverage below the threshold</source>
        <translation>provisoire, couverture inférieure au seuil</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n entry(ies) (the threshold is %1 coverage):</source>
        <translation>
            <numerusform>Exclue : %n entrée (le seuil de couverture est de %1) :</numerusform>
            <numerusform>Exclues : %n entrées (le seuil de couverture est de %1) :</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) at or above %1 coverage: too few for a verdict.</source>
        <translation>
            <numerusform>%n entrée avec une couverture d’au moins %1 : trop peu pour rendre un verdict.</numerusform>
            <numerusform>%n entrées avec une couverture d’au moins %1 : trop peu pour rendre un verdict.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate these first:</source>
        <translation>Évaluez d’abord celles-ci :</translation>
    </message>
    <message>
        <source>provisional: coverage %1, could be %2 to %3</source>
        <translation>provisoire : couverture %1, pourrait aller de %2 à %3</translation>
    </message>
    <message>
        <source>coverage %1, could be %2 to %3</source>
        <translation>couverture %1, pourrait aller de %2 à %3</translation>
    </message>
    <message>
        <source>below this coverage a score is provisional and left out of the decision aids (default 70)</source>
        <translation>en dessous de cette couverture, un score est provisoire et exclu des aides à la décision (par défaut : 70)</translation>
    </message>
</context>
<context>
    <name>rw::cli::SharingCommands</name>
    <message>
        <source>Give either --programs or --list, not both.</source>
        <translation>Indiquez soit --programs, soit --list, mais pas les deux.</translation>
    </message>
    <message>
        <source>--programs needs at least one program key.</source>
        <translation>--programs nécessite au moins une clé de programme.</translation>
    </message>
    <message>
        <source>--include takes ratings, ranks, weights and lists, not “%1”.</source>
        <translation>--include accepte ratings, ranks, weights et lists, et non “%1”.</translation>
    </message>
    <message>
        <source>Say who the notes are from: --author NAME.</source>
        <translation>Indiquez de qui viennent les notes : --author NAME.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n note(s)</source>
        <translation>
            <numerusform>%n note écrite</numerusform>
            <numerusform>%n notes écrites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n program(s) to %1.</source>
        <translation>
            <numerusform>sur %n programme dans %1.</numerusform>
            <numerusform>sur %n programmes dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n évaluation</numerusform>
            <numerusform>%n évaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criteria with weights</source>
        <translation>
            <numerusform>%n critère avec son poids</numerusform>
            <numerusform>%n critères avec leurs poids</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s)</source>
        <translation>
            <numerusform>%n liste</numerusform>
            <numerusform>%n listes</numerusform>
        </translation>
    </message>
    <message>
        <source> with ranks</source>
        <translation> avec les rangs</translation>
    </message>
    <message>
        <source>No ratings, ranks, weights or lists were included.</source>
        <translation>Aucune évaluation, aucun rang, aucun poids ni aucune liste n’a été inclus.</translation>
    </message>
    <message>
        <source>Also included: %1.</source>
        <translation>Également inclus : %1.</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from : %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Notes from “%1”, file written %2</source>
        <translation>Notes de “%1”, fichier écrit le %2</translation>
    </message>
    <message>
        <source>This file was exported from this very database: its notes are your own, stored again as a classmate&apos;s.</source>
        <translation>Ce fichier a été exporté depuis cette même base de données : ses notes sont les vôtres, enregistrées de nouveau comme celles d’un camarade.</translation>
    </message>
    <message>
        <source>This file is older than the one imported before (%1): notes you already have from this classmate are kept as they are.</source>
        <translation>Ce fichier est plus ancien que celui importé précédemment (%1) : les notes que vous avez déjà de ce camarade sont conservées telles quelles.</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>associées</translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation>absentes</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelles</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualisées</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangées</translation>
    </message>
    <message>
        <source>its program is added</source>
        <translation>son programme est ajouté</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) matched nothing here and were skipped; --add-unmatched adds their programs as your own.</source>
        <translation>
            <numerusform>%n note ne correspondait à rien ici et a été ignorée ; --add-unmatched ajoute ses programmes comme les vôtres.</numerusform>
            <numerusform>%n notes ne correspondaient à rien ici et ont été ignorées ; --add-unmatched ajoute leurs programmes comme les vôtres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) added as your own.</source>
        <translation>
            <numerusform>%n programme ajouté comme le vôtre.</numerusform>
            <numerusform>%n programmes ajoutés comme les vôtres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file also shares %1 rating(s), %2 criteria and %3 list(s); they are shown in the app&apos;s import preview and never stored.</source>
        <translation>Le fichier partage aussi des évaluations (%1), des critères (%2) et des listes (%3) ; ils sont affichés dans l’aperçu d’importation de l’application et ne sont jamais enregistrés.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation : rien n’a été écrit.</translation>
    </message>
    <message>
        <source>No classmate&apos;s notes have been imported.</source>
        <translation>Aucune note de camarade n’a été importée.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>importé le %1</translation>
    </message>
    <message>
        <source>file written %1</source>
        <translation>fichier écrit le %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed “%1” and their %n note(s). Your own notes are untouched.</source>
        <translation>
            <numerusform>“%1” retiré, avec %n note. Vos propres notes sont intactes.</numerusform>
            <numerusform>“%1” retiré, avec ses %n notes. Vos propres notes sont intactes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write your notes to a file for classmates. Ratings, ranks, weights and lists stay private unless --include names them.</source>
        <translation>Écrire vos notes dans un fichier pour vos camarades. Les évaluations, rangs, poids et listes restent privés, sauf si --include les nomme.</translation>
    </message>
    <message>
        <source>only these programs (default: all)</source>
        <translation>seulement ces programmes (par défaut : tous)</translation>
    </message>
    <message>
        <source>only programs with a track on this list</source>
        <translation>seulement les programmes ayant une filière sur cette liste</translation>
    </message>
    <message>
        <source>also share these (default: none)</source>
        <translation>partager aussi ces éléments (par défaut : aucun)</translation>
    </message>
    <message>
        <source>the name classmates see (default: the app&apos;s setting)</source>
        <translation>le nom que voient vos camarades (par défaut : le réglage de l’application)</translation>
    </message>
    <message>
        <source>Import a classmate&apos;s notes as their own layer beside yours. A bad file is refused whole (exit 2) and nothing is written.</source>
        <translation>Importer les notes d’un camarade parmi les notes des camarades, à côté des vôtres. Un fichier invalide est refusé en entier (code de sortie 2) et rien n’est écrit.</translation>
    </message>
    <message>
        <source>the classmate&apos;s name (default: the file&apos;s author)</source>
        <translation>le nom du camarade (par défaut : l’auteur du fichier)</translation>
    </message>
    <message>
        <source>add programs nothing here matches as your own (default: skip)</source>
        <translation>ajouter comme les vôtres les programmes auxquels rien ici ne correspond (par défaut : les ignorer)</translation>
    </message>
    <message>
        <source>show what would happen; write nothing</source>
        <translation>montrer ce qui se passerait ; ne rien écrire</translation>
    </message>
    <message>
        <source>List the classmates whose notes you imported.</source>
        <translation>Lister les camarades dont vous avez importé les notes.</translation>
    </message>
    <message>
        <source>Remove a classmate and all their notes (yours stay).</source>
        <translation>Retirer un camarade et toutes ses notes (les vôtres restent).</translation>
    </message>
</context>
</TS>
