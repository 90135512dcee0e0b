<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddCriterionCommand</name>
    <message>
        <source>Add criterion “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddCriterionDialog</name>
    <message>
        <source>Add Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Commute, Mentorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rating, 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A curriculum feature is offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Which:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;eight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(you give each track 1 to 5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddEntryCommand</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddNoteCommand</name>
    <message>
        <source>Write a note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddProgramCommand</name>
    <message>
        <source>Add program “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddSiteCommand</name>
    <message>
        <source>Add site “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddTrackCommand</name>
    <message>
        <source>Add track “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value for %1: left out of this track&apos;s score, so the other criteria share its weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value on a 0 to 1 scale (ratings (r − 1) / 4; facts against the other tracks on the list; flipped when lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the weights of the criteria this track has values for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaled 0–1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakdownPanel</name>
    <message>
        <source>Score breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry of the list to see how its score is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is withdrawn (no longer offered) and is not scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no score yet: no criterion with a weight has a value for it. Rate it in the Ratings tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of 100, rank %3 by score (yours: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(s) missing, left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message>
        <source>Add &amp;Program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a program the catalog does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Track…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a track of your own to the selected program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Continuity &amp;Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a continuity site of your own to the selected program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected program or track you added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected program or track you added (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted. Edit › Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the selected programs or tracks side by side (2 to 4; Ctrl+click to select several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first 4 of the %1 selected are compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new note on the selected program or track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;Rank List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected track at the end of the rank list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, institution, city, site, curriculum or note text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs and tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many programs are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs: %1 · tracks: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches. Press Esc in the filter box to see all %1 programs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs: %1 of %2 shown · tracks: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All track types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any curriculum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide rows that are the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a program or track:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program or track to add to the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick 2 to 4 programs or tracks to see them side by side.

In Browse, select them (Ctrl+click) and choose Program › Compare Selected, or add them here one by one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠ marks the rows where they differ. — means not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows hidden because they are the same: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateListCommand</name>
    <message>
        <source>Create list “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>&amp;Add criterion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the &amp;suggested criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights count as shares of their total. A track missing a value is scored on the criteria it has, never as if it were 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criteria yet. Start with a suggested set you can change: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating you give, a program fact, or a curriculum feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location, program culture, ambulatory training and more, with weights adding up to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of %1 as a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” and its ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total weight: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Cannot Load the Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” still cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open read-only because %2.

You can look at everything, but changes cannot be saved. To make changes, fix the file’s permissions, or copy it to a folder you can write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Backup Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today’s backup could not be made: %1

Your data is unchanged; Rankwise will try again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Restore the Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup from %1 is now your database.

The damaged file was kept as “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Move the Damaged File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting With an Empty Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file was kept as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionAidsPanel</name>
    <message>
        <source>For each pair of neighbours in the computed order: the smallest change of one weight that would swap them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your order and the scores disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank stability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gut check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gut check compares your order with the scores once at least two entries have different scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order follows your stated priorities closely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order mostly follows your stated priorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order and your stated priorities often part ways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order runs against your stated priorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kendall&apos;s tau %1: %2 of %3 pairs agree, %4 disagree. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairs below are where your gut disagrees; either could be right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteItemCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteListCommand</name>
    <message>
        <source>Delete list “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteNoteCommand</name>
    <message>
        <source>Delete a note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditNoteCommand</name>
    <message>
        <source>Edit a note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditProgramCommand</name>
    <message>
        <source>Edit program “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditSiteCommand</name>
    <message>
        <source>Edit site “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditTrackCommand</name>
    <message>
        <source>Edit track “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportNotesDialog</name>
    <message>
        <source>Share Notes with Classmates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes your own notes to a file you can send to classmates. Notes you imported from others are never included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chosen programs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs on the &amp;list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter programs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs to share notes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also share (private unless you tick them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;ratings of these tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My ran&amp;ks (positions on my list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My criteria and their &amp;weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My list na&amp;mes and which tracks are on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions on the list chosen above, or on your first primary list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without ranks, tracks are listed alphabetically so their order gives nothing away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your classmate will see what you ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name your classmates will see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no rank lists yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rankwise note files (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing private is included: only your notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your name to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the programs whose notes you want to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n program(s) will be shared.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GutCheckModel</name>
    <message>
        <source>%1 (your rank %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You rank %1 (%2) above %3 (%4), which scores %5 points higher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You rank %1 above %2, but %2 scores %3 points higher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You rank higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportNotesCommand</name>
    <message>
        <source>Import notes from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing an added program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing an added institution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import Classmate&apos;s Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note file cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Ask your classmate to export the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the file was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>File “%1”, written %2 · %n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Classmate&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their notes appear under this name beside yours. Importing again under the same name updates them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show their notes &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ratings, ranks and weights (not stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd their programs as my own, then import the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in your programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New or updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each note, what it is about in their file and here, how it matched, and what importing does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a note to read it whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your classmate chose to share these. They are shown here for your information only: Rankwise never stores a classmate&apos;s ratings, ranks, weights or lists, and yours stay exactly as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matched · %2 not in your programs — %3 new · %4 updated · %5 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was exported from this very database: its notes are your own, and importing stores them again as a classmate&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is older than the one you imported from %1 before (written %2). Notes you already have from them are kept as they are; only notes new to you are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You imported notes from %1 before: this import updates their notes instead of adding copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) in this file are older than the copy you have and stay as they are.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Notes on programs you do not have (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in your programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, last changed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note holds control or text-direction characters; they are shown as marks such as ⟦U+202E⟧ and have no effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRMP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in your programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key in their file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rankwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated with changes saved elsewhere (another Rankwise window or rankwise-cli).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rank List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add to the rank list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the rank list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty database with the bundled catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a Classmate&apos;s Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview a .rwnotes file and add its notes beside yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Notes to Share…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your notes to a .rwnotes file for classmates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lassmates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See whose notes you imported and remove a classmate&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rankwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rankwise databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or open it with File › Open Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Rankwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open database; every change is saved to it as you make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Rankwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rankwise %1&lt;/h3&gt;&lt;p&gt;Compare residency programs, keep private notes and build your rank order list, entirely offline.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Classmate&apos;s Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rankwise notes (*.rwnotes);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the notes of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n note(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only: %1 You can look at everything; changes cannot be saved to this file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveEntryCommand</name>
    <message>
        <source>Move %1 to rank %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewListDialog</name>
    <message>
        <source>New Rank List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Internal Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplemental list (preliminary positions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1; written %2, last changed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note by %1, changed %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>&lt;b&gt;Notes on&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write notes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program, track or continuity site these notes are about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show notes by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show notes by everyone, only yours, or one classmate’s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new note; the arrow offers templates for an interview day, pros and cons, questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this note (you can undo it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show your note formatted (headings, lists, bold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note, formatted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a program to write notes on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your notes here; they are saved as you type.

# heading   - list item   **bold**   *italics*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1 · changed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1’s note, imported from their note file; read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note: it is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved · changed %1 · written %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeersDialog</name>
    <message>
        <source>Classmates&apos; Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classmates whose notes you imported. Their notes appear beside yours; removing a classmate removes only their notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classmates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No classmate&apos;s notes yet. Import a .rwnotes file a classmate sent you to see their notes beside yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected classmate and their notes (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read classmates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 and their %n note(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your own notes are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Classmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeersModel</name>
    <message>
        <source>Classmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemLine</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramDetailsView</name>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a program to see its tracks, continuity sites and curriculum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the catalog (read-only; annotate it with notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on this program: %1 (read them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambulatory share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambulatory months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRMP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Continuity sites (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Residents placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mi from campus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-site subspecialties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnering institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>Internal Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Lakeside Internal Medicine Residency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sponsoring hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. MA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 4+1 or 3+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Specialty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Positions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ambulatory share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks (what you rank; each with its own NRMP code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRMP code (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRMP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove track</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramEdits</name>
    <message>
        <source>Catalog entries are read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” comes from the bundled catalog, so it cannot be edited or deleted. Write a note on it instead, or add a track or site of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramTreeModel</name>
    <message>
        <source>%1–%2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (added by you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on this program, its tracks and sites: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRMP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program / track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City, state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambulatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RangeEdit</name>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankController</name>
    <message>
        <source>There is already a criterion named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every suggested criterion is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the suggested criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That criterion no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” comes from the program facts (%2); it is not rated by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate %1 %2 on “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the rating of %1 on “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a rank list named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no list to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a rank list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That entry is no longer on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That snapshot no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankFormat</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 positions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankListModel</name>
    <message>
        <source>no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is no longer offered (withdrawn from the catalog or deleted). It stays on your list but is not scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted score out of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criterion with a weight has a value for this track yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You rank it %n place(s) higher than its score does</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You rank it %n place(s) lower than its score does</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your rank matches its computed position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned entries keep their rank when you sort by score (Space toggles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value for: %1. Missing values are left out of the score, not counted as 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track and program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>±</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRMP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rank: the order you will certify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the weighted score would put it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rank against the computed one: ▲ you rank it higher than its score does, ▼ lower, = the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned entries keep their rank when you sort by score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria with no value for this track</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankListPanel</name>
    <message>
        <source>&amp;New list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a primary or supplemental rank list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this list and its snapshots (Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sort by score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin or unpin: sort by score leaves pinned entries in place (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the entry off the list (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a program or track to add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder by score, leaving pinned entries in place. A snapshot of the order before is taken first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRMP warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (supplemental)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rank list yet. Create one with “New list…” to start ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list is empty. Find a program or track above and add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No track to add matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tracks match “%1”: choose one from the list.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>My rank list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankListView</name>
    <message>
        <source>Rank list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order. Ctrl+Up and Ctrl+Down move the selected entry, Space pins it, Delete removes it; entries can also be dragged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankPage</name>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankWorkspace</name>
    <message>
        <source>Rank list builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 1 to 5 on a rating cell (it moves down to the next track), Delete to clear. “–” is missing: left out of the score. Italic values come from the program facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stability &amp;&amp; &amp;gut check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;napshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My rank list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingsModel</name>
    <message>
        <source>%1: not rated yet. Type 1 to 5; a missing rating is left out of the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing from the program facts, left out of the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rated %2 of 5. Type 1 to 5 to change, Delete to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, from the program facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This track is withdrawn and not scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (withdrawn: not scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4 of the weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingsView</name>
    <message>
        <source>– (not rated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks by criteria. On a rating cell type 1 to 5; Delete clears. Facts and features come from the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>&amp;Restore Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start With an &amp;Empty Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rankwise cannot open your database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(and more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of this database, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either way the damaged file is kept in the same folder as “%1”; nothing is deleted. Restoring brings back the database as it was when the backup was made; changes made since then are only in the damaged file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the damaged file aside and start with a new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(damaged, cannot be restored)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveCriterionCommand</name>
    <message>
        <source>Remove criterion “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveEntryCommand</name>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovePeerCommand</name>
    <message>
        <source>Remove %1&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameCriterionCommand</name>
    <message>
        <source>Rename criterion “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreSnapshotCommand</name>
    <message>
        <source>Restore snapshot of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetCriterionDirectionCommand</name>
    <message>
        <source>Lower is better for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetCriterionWeightCommand</name>
    <message>
        <source>Set weight of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetPinnedCommand</name>
    <message>
        <source>Pin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedPartsView</name>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings, ranks, weights and lists in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria and weights (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplemental list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list (name not shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>rank %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the list (rank not shared)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source> mi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Continuity Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Continuity Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Chelsea HealthCare Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12, 2-10 or 20+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish, Portuguese (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages with interpreters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavioral health, pharmacy (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks trained here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A continuity site of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tracks trained here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Residents placed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distance from campus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff &amp;languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpreters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Services:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotChangesModel</name>
    <message numerus="yes">
        <source>▲ up %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▼ down %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>added since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, pinned since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, unpinned since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program and track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotModel</name>
    <message>
        <source>Same as now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotsPanel</name>
    <message>
        <source>&amp;Take snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label (optional), e.g. after second looks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this order back (your current order is snapshotted first, and Undo takes you back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since the selected snapshot:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SortByScoreCommand</name>
    <message>
        <source>Sort by score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StabilityModel</name>
    <message>
        <source>Tied, and equal on every criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable: no single weight change swaps them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tied: raising the %1 weight at all swaps them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tied: lowering the %1 weight at all swaps them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would swap if %1 weight +%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would swap if %1 weight −%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2:  %3  ›  %4 — ahead by %5 points. %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score points between the two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing that weight by this much makes the two scores equal; any further and they trade places. Weights are raw numbers, as in the Criteria tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ahead by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeSnapshotCommand</name>
    <message>
        <source>Take snapshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackDialog</name>
    <message>
        <source>Add a Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Primary Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four digits (institution), three digits (specialty), a letter (position type) and a digit (track)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 4+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A track of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRMP &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Positions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ambulatory share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Compare residency programs and build your rank list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print how long the window took to appear, then quit (for measuring start-up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A classmate&apos;s note file (.rwnotes) to preview for import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::BackupStore</name>
    <message>
        <source>daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup made on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not exist; there is nothing to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backing up “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of “%1” did not pass its check (%2); it was not kept, and older backups were left as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new backup “%1” cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the old backup “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of “%1” in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the backups of “%1” in “%2” passes the integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup “%1” (looked for a file, and among the backups in “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::CatalogReader</name>
    <message>
        <source>The bundled catalog is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: keys starting with “%2” are reserved for the user&apos;s own programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name where the fact comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs “min”, “max” or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“min” is larger than “max”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate institution key “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a track key of program “%2” (expected %2.slug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a track type (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a site key of program “%2” (expected %2@slug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a track of this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a count such as 60, 2-10 or 20+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not “staff” or “interpreter”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not “subspecialty”, “service” or “program”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a feature key of program “%2” (expected %2#slug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a curriculum category (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid key (lower-case letters, digits and hyphens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an institution listed in “institutions”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an http or https address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a resource listed in “resources”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a program needs at least one track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected “rankwise-catalog” but found “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not supported (this Rankwise reads version 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the catalog is larger than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte offset %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::CatalogUpdater</name>
    <message>
        <source>marking withdrawn catalog entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving institution “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving resource “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving track “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog&apos;s track key “%1” is taken by a track you added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving continuity site “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog&apos;s site key “%1” is taken by a site you added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacing curriculum features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving feature “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving program “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog&apos;s program key “%1” is taken by a program you added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::Comparison</name>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no track with the key “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City, state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambulatory share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambulatory months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance from campus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuity sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::Criterion</name>
    <message>
        <source>Fact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rating (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program culture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambulatory training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuity site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fellowship prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gut feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambulatory share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuity sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambulatory months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a criterion kind: use rating, attribute:FIELD or feature:CATEGORY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating criterion takes no parameter (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a program fact a criterion can use; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a curriculum category; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A criterion needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A criterion name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A criterion name cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weight must be a number from 0 to %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weight must be a number from 0 to %1, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::CriterionRepository</name>
    <message>
        <source>reading criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no criterion with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no criterion named “%1”: no criteria are defined yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no criterion named “%1”. The criteria are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a criterion named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the criterion “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring the criterion “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renaming the criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting the criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating must be a whole number from 1 to 5, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating must be a whole number from 1 to 5, or “none” to clear it; “%1” is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not rated by you: its values come from the program facts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no track with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearing the rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading ratings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::CsvReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is not valid UTF-8 (byte offset %2). Save it from your spreadsheet as “CSV UTF-8”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one; quote the whole field and double the inner quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quote that opens this field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty; it needs a header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::Database</name>
    <message>
        <source>reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder “%1” is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish %1: the disk is full. Nothing was changed; free some disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish %1: the database file cannot be written (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish %1: the database is busy in another Rankwise window or rankwise-cli (%2). Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish %1: the database file is damaged (%2). Run “rankwise-cli check”, or restart Rankwise to restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish %1: the disk reported an error (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database path given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” uses an older database schema (%2) that must be upgraded, but it cannot be written: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” uses an older database schema (%2) and must be opened for writing once to be upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up “%1” before upgrading it to schema %2: %3 The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening “%1” for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system does not allow writing to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switching to write-ahead logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save to “%1”: it is open read-only because %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a setting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::DatabaseCheck</name>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Rankwise database (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>it is cut short after %n bytes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>it is cut short (%1 of %2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite cannot read it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database but not a Rankwise database; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a newer version of Rankwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rankwise %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by %2 (database schema %3); this version (%4) reads schema %5 at most. Update Rankwise to open it; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite’s check found problems (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::FileSync</name>
    <message>
        <source>Cannot open “%1” to save it to disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save “%1” to disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the folder “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the folder “%1” to disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; it was not replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename “%1” to “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::JsonObjectReader</name>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 entries; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::JsonPrecheck</name>
    <message>
        <source>byte %1 (line %2, column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 at %1: note files must be UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unpaired surrogate escape (\u%1) at %2 is not a character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “%1” appears twice in one object at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than the format allows (at most %1 levels) at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::NoteRepository</name>
    <message>
        <source>“%1” is not a program, track or site key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 with the key “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note can hold at most %1 KB of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no note of yours with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no note with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::NoteRowProvider</name>
    <message>
        <source>Your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classmates’ notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::NoteTemplates</name>
    <message>
        <source>Interview day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview day, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents’ mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People I met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pros and cons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal breakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the program director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the continuity clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents’ mood, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they talked about the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload and wellness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would they choose it again?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::NotesExporter</name>
    <message>
        <source>reading programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading continuity sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading rank lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no list named “%1”: you have no rank lists yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no list named “%1”. Your lists: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a rank list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one program to share notes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no program with the key “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who the notes are from: give the name your classmates will see.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::NotesFileReader</name>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a %1 target has this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date and time with its offset, such as 2025-01-20T18:30:00Z, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a plausible date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected “program”, “track” or “site”, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected “track”: ratings and list entries are about tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a %2 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an item id: use at most %2 letters, digits and . _ : -, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is used by two items (first by %2); item ids must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note has %1 characters; a note can hold at most 200 KB (%2 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected “rating”, “attribute” or “feature”, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected “higher” or “lower”, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected “primary” or “supplemental”, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 bytes; a note file can be at most 20 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not JSON: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$: expected a JSON object with “format”: “rankwise-notes”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format: is missing; this is not a Rankwise note file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format: expected “%1”, not %2; this is not a Rankwise note file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: expected a whole number such as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: the file is in version %1 of the note format, written by a newer Rankwise; this Rankwise reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid note file: it is %2 MB; a note file can be at most 20 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid note file: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::NotesFileWriter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::NotesImporter</name>
    <message>
        <source>reading the classmate&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged (the stored copy is newer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New, with its program added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not name its author usably (%1) Choose a name for the classmate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking NRMP codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding “%1” as your own program failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the added program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The added program “%1” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the site “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the classmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the classmate&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::NrmpCode</name>
    <message>
        <source>“%1” is not an NRMP code: it needs four digits (institution), three digits (specialty), a letter (position type) and a digit (track), as in 1234140C0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::NrmpRules</name>
    <message numerus="yes">
        <source>This list ranks %n NRMP program codes; the registration fee covers 20, and each one past that costs an extra fee (every track has its own code).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This list has %n ranks, more than 100: check that this is what you mean (the NRMP allows at most 300).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (rank %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (rank %2) is no longer offered: it was withdrawn from the catalog or deleted. It is kept here but not scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NRMP accepts at most %1 ranks on a list; “%2” would be rank %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::PdfReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a PDF in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add a page to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::PeerRepository</name>
    <message>
        <source>A name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name can be at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot hold control or text-direction characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading classmates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding the classmate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no classmate named “%1”: no note file has been imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no classmate named “%1”. Known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the classmate&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the classmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the classmate&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring the classmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring the classmate&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::ProgramRepository</name>
    <message>
        <source>There is no track with the key “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no continuity site with the key “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no program with the key “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choosing a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free key for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding the institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a program, track or site key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” comes from the bundled catalog and cannot be changed; you can annotate it with notes instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking NRMP codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NRMP code %1 already belongs to the track “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program already has a track named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program already has a continuity site named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the track “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a program key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a track key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the track “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting the track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the program’s only track; delete the program instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” comes from the bundled catalog and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing deleted entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing unused institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no resource with the key “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the site “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site “%1”: “%2” is not a track of this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the site “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a continuity site key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between 0 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the lower bound is above the upper bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions must be between 0 and 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program needs an institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The website must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambulatory share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambulatory months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every track needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program needs at least one track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The track name “%1” is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NRMP code %1 is used by two tracks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A continuity site needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site “%1”: residents placed “%2” is not a number (12), a range (2-10) or an open range (20+).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site “%1”: the distance must be between 0 and 1000 miles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site “%1”: a language has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site “%1”: a service has no name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::RankList</name>
    <message>
        <source>Supplemental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::RankListRepository</name>
    <message>
        <source>A rank list needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rank list name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rank list name cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading rank lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rank list with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rank list named “%1”: create one with “list create NAME”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rank list named “%1”. The lists are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a rank list named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the rank list “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring the rank list “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting the rank list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the rank list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rank list can hold at most %1 tracks; this order has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A track can appear only once on a rank list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the rank list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a track key; track keys look like mgh-im.primary-care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no track with the key “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no track with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::RankService</name>
    <message>
        <source>There are no rank lists yet: create one with “list create NAME”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not on the list “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is already on the list “%3”, at rank %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is no longer offered (withdrawn from the catalog or deleted), so it cannot be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position %1 is outside the list “%2”: use 1 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::Recovery</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open in another Rankwise window or in rankwise-cli; close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be restored over itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be restored: “%1” holds no Rankwise data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying the backup “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was copied to “%1” but could not be renamed to “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::SearchTextRepository</name>
    <message>
        <source>reading text for the filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::Snapshot</name>
    <message>
        <source>Before sort by score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before restoring a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::SnapshotRepository</name>
    <message>
        <source>A snapshot label can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot label cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no snapshot with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading snapshots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::SqliteConnection</name>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::StrictObject</name>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 entries; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::TargetMatcher</name>
    <message>
        <source>by key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no program here has this key, NRMP code or these names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading continuity sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by NRMP code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n programs here have these names; none was chosen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>program %1, track by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>program %1; it has no track “%2” here, so the note goes on the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>program %1, site by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>program %1; it has no site “%2” here, so the note goes on the program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::TrackFactsRepository</name>
    <message>
        <source>reading program facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading curriculum features</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::TrackType</name>
    <message>
        <source>Categorical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global Primary Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preliminary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physician-Scientist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::cli::CatalogCommands</name>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambulatory share: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambulatory months: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Continuity sites (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Residents placed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance from campus: %1 mi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (interpreter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Curriculum (%n features)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output format (default text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every program with its tracks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one program whole: tracks, continuity sites, curriculum, sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List resources (organisations that are not programs).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::cli::CommandLine</name>
    <message>
        <source>Usage: rankwise-cli [--db PATH] COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rankwise from the command line: the same database and rules as the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file (default: $RANKWISE_DB, else %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help, or a command&apos;s help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 2 bad usage or bad input, 1 other failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rankwise-cli [--db PATH] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “rankwise-cli --help” for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an option of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: rankwise-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::cli::Context</name>
    <message>
        <source>--format must be one of %1, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “rankwise-cli --help” for usage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::cli::CriteriaCommands</name>
    <message>
        <source>criteria add needs --weight W (a number from 0 to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the criterion “%1” (%2, weight %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criteria yet. Add some with “criteria add NAME --weight W”, or the suggested set with “criteria suggested”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” now weighs %2 (was %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The direction must be “higher” or “lower”, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For “%1”, lower is now better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For “%1”, higher is now better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed the criterion “%1” and its %n rating(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every suggested criterion is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n criteria: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rated %1 %2 on “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared the rating of %1 on “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a criterion. FIELD is one of %1; CATEGORY a curriculum category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its weight, a number from 0 to 1000 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it measures (default rating)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smaller values are better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the criteria with their weights and shares of the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a criterion&apos;s weight (0 to 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether higher or lower values are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a criterion and its ratings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the suggested starting criteria (those not there yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate a track 1 to 5 on a rating criterion; VALUE “none” clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every rating you have given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::cli::ListCommands</name>
    <message>
        <source>A position must be a whole number from 1, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rank(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No rank lists yet. Create one with “list create NAME”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the %1 list “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the list “%1” with its snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to “%2” at rank %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 to rank %2 of “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned %1: sort by score leaves it where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpinned %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sorted “%1” by score (pinned entries kept): %n entry(ies) moved. The order before is snapshot %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took snapshot %1 of “%2” (%n rank(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rank(s); since then: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 moved, %2 added, %3 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshots of “%1” yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot id is a number (see “list snapshots NAME”), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 belongs to another list, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored snapshot %1 of “%2”; the order before is snapshot %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 no longer exists and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the rank lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a rank list (primary unless --supplemental).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a supplemental list for preliminary positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a rank list with its snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a track to a list, at the end or at --position N (at most 300 ranks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rank to insert it at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move an entry to another rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin an entry so that sort by score leaves it in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin an entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an entry from a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by score, keeping pinned entries in place (a snapshot is taken first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a dated copy of a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note to recognise it by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a list&apos;s snapshots and what changed since each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a snapshot&apos;s order back (the current order is snapshotted first).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::cli::MaintenanceCommands</name>
    <message>
        <source>%1  %2  %3  %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: “%1” passed SQLite’s integrity and reference checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema %1, last written by Rankwise %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet (they are kept in “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups in “%1”: %2; the newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To put the newest good backup in place (the damaged file is kept aside): rankwise-cli --db “%1” restore latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups of “%1” yet (they are kept in “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of “%1”, newest first, in “%2”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAMAGED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep needs a whole number of at least 1, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored “%1” from “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file it replaced was kept as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output format (default text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database file: SQLite’s integrity and reference checks, its version, its backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the database’s backups, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also check each backup’s integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back the database up now, then keep only the newest backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many backups to keep (default: the app’s setting, else %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a backup in place of the database (a file name from “backups”, a path, or “latest”); the current file is kept aside, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::cli::NoteCommands</name>
    <message>
        <source>Cannot read the note from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty; give its text after the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output format (default text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note of yours on a program, track or site; prints its id. TEXT “-” reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List notes (yours and classmates’), all or on one program (with its tracks and sites), track or site.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::cli::ProgramCommands</name>
    <message>
        <source>--track “%1” must be NAME:TYPE or NAME:TYPE:NRMP_CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--track “%1”: “%2” is not a track type; use one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a program of your own; prints its key. --name, --institution, --city and --state are required; without --track it gets one Categorical track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>program name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sponsoring institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specialty (default Internal Medicine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>website, http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a track; TYPE is categorical, primary-care, global-primary-care, preliminary, physician-scientist or other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::cli::RankCommands</name>
    <message>
        <source>output format (default %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rank list (default: the first primary list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::cli::ReportCommands</name>
    <message numerus="yes">
        <source>%1 (%2): %n rank(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add tracks with “list add %1 TRACK_KEY”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(you +%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(you −%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WITHDRAWN, not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tied, and identical on every criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stable: no single weight change swaps them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tied: any increase of the %1 weight swaps them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tied: any decrease of the %1 weight swaps them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would swap if %1 weight %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank stability needs at least two scored entries on “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank stability of “%1” (computed order, adjacent pairs):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ahead by %1 points; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gut check needs at least two entries with different scores on “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kendall&apos;s tau between your order and the scores: %1 (%2 of %n pair(s) agree, %3 disagree, %4 tied on score).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your order never goes against your stated priorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your gut and your priorities part ways:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you rank %1 above %2, which scores higher (%3 vs %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored, left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a list in your order with scores, computed positions and missing values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each adjacent pair of the computed order, the smallest single weight change that would swap them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order against the computed one: Kendall&apos;s tau and the pairs where they disagree.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rw::cli::SharingCommands</name>
    <message>
        <source>Give either --programs or --list, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--programs needs at least one program key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--include takes ratings, ranks, weights and lists, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who the notes are from: --author NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n program(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criteria with weights</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> with ranks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ratings, ranks, weights or lists were included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also included: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes from “%1”, file written %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was exported from this very database: its notes are your own, stored again as a classmate&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is older than the one imported before (%1): notes you already have from this classmate are kept as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its program is added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) matched nothing here and were skipped; --add-unmatched adds their programs as your own.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) added as your own.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file also shares %1 rating(s), %2 criteria and %3 list(s); they are shown in the app&apos;s import preview and never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No classmate&apos;s notes have been imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file written %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed “%1” and their %n note(s). Your own notes are untouched.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>output format (default text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your notes to a file for classmates. Ratings, ranks, weights and lists stay private unless --include names them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only these programs (default: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only programs with a track on this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also share these (default: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name classmates see (default: the app&apos;s setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a classmate&apos;s notes as their own layer beside yours. A bad file is refused whole (exit 2) and nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the classmate&apos;s name (default: the file&apos;s author)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add programs nothing here matches as your own (default: skip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show what would happen; write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the classmates whose notes you imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a classmate and all their notes (yours stay).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
