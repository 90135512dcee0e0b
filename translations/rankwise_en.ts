<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BreakdownPanel</name>
    <message numerus="yes">
        <source>%n criterion(s) missing, left out.</source>
        <translation>
            <numerusform>%n criterion missing, left out.</numerusform>
            <numerusform>%n criteria missing, left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionAidsPanel</name>
    <message numerus="yes">
        <source>Left out of both aids: %n entry(ies) whose score rests on less than %1 of the weight: %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportNotesDialog</name>
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
            <numerusform>on %n program will be shared.</numerusform>
            <numerusform>on %n programs will be shared.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCsvDialog</name>
    <message numerus="yes">
        <source>%1: %n row(s), separated by “%2”%3.</source>
        <translation>
            <numerusform>%1: %n row, separated by “%2”%3.</numerusform>
            <numerusform>%1: %n rows, separated by “%2”%3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix in the file (or by choosing what a column is) before it can be imported. Nothing has been written.</source>
        <translation>
            <numerusform>%n problem to fix in the file (or by choosing what a column is) before it can be imported. Nothing has been written.</numerusform>
            <numerusform>%n problems to fix in the file (or by choosing what a column is) before it can be imported. Nothing has been written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>File “%1”, written %2 · %n note(s)</source>
        <translation>
            <numerusform>File “%1”, written %2 · %n note</numerusform>
            <numerusform>File “%1”, written %2 · %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) in this file are older than the copy you have and stay as they are.</source>
        <translation>
            <numerusform>%n note in this file is older than the copy you have and stays as it is.</numerusform>
            <numerusform>%n notes in this file are older than the copy you have and stay as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Wrote %n note(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n note to %1.</numerusform>
            <numerusform>Wrote %n notes to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rank(s)</source>
        <translation>
            <numerusform>Wrote %n rank</numerusform>
            <numerusform>Wrote %n ranks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n page(s) to %1.</source>
        <translation>
            <numerusform>on %n page to %1.</numerusform>
            <numerusform>on %n pages to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rank(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n rank to %1.</numerusform>
            <numerusform>Wrote %n ranks to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeersDialog</name>
    <message numerus="yes">
        <source>Remove %1 and their %n note(s)?</source>
        <translation>
            <numerusform>Remove %1 and their %n note?</numerusform>
            <numerusform>Remove %1 and their %n notes?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramDetailsView</name>
    <message numerus="yes">
        <source>Continuity sites (%n)</source>
        <translation>
            <numerusform>Continuity site (%n)</numerusform>
            <numerusform>Continuity sites (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RankListModel</name>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You rank it %n place(s) higher than its score does</source>
        <translation>
            <numerusform>You rank it %n place higher than its score does</numerusform>
            <numerusform>You rank it %n places higher than its score does</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You rank it %n place(s) lower than its score does</source>
        <translation>
            <numerusform>You rank it %n place lower than its score does</numerusform>
            <numerusform>You rank it %n places lower than its score does</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RankListPanel</name>
    <message numerus="yes">
        <source>%n tracks match “%1”: choose one from the list.</source>
        <translation>
            <numerusform>%n track matches “%1”: choose it from the list.</numerusform>
            <numerusform>%n tracks match “%1”: choose one from the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedPartsView</name>
    <message numerus="yes">
        <source>%1 · %n entries</source>
        <translation>
            <numerusform>%1 · %n entry</numerusform>
            <numerusform>%1 · %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotChangesModel</name>
    <message numerus="yes">
        <source>▲ up %n</source>
        <translation>
            <numerusform>▲ up %n</numerusform>
            <numerusform>▲ up %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▼ down %n</source>
        <translation>
            <numerusform>▼ down %n</numerusform>
            <numerusform>▼ down %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotModel</name>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::CsvImportPlan</name>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(and %n more problem)</numerusform>
            <numerusform>(and %n more problems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s):</source>
        <translation>
            <numerusform>%n row:</numerusform>
            <numerusform>%n rows:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched by NRMP code</source>
        <translation>
            <numerusform>%n matched by NRMP code</numerusform>
            <numerusform>%n matched by NRMP code</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched by names</source>
        <translation>
            <numerusform>%n matched by names</numerusform>
            <numerusform>%n matched by names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new program(s) of your own</source>
        <translation>
            <numerusform>%n new program of your own</numerusform>
            <numerusform>%n new programs of your own</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new track(s) on existing programs</source>
        <translation>
            <numerusform>%n new track on existing programs</numerusform>
            <numerusform>%n new tracks on existing programs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new rating(s)</source>
        <translation>
            <numerusform>%n new rating</numerusform>
            <numerusform>%n new ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaces the order of the list “%1” (%n entries; a snapshot of it is taken first) with %2 ranks.</source>
        <translation>
            <numerusform>Replaces the order of the list “%1” (%n entry; a snapshot of it is taken first) with %2 ranks.</numerusform>
            <numerusform>Replaces the order of the list “%1” (%n entries; a snapshot of it is taken first) with %2 ranks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Creates the list “%1” with %n rank(s).</source>
        <translation>
            <numerusform>Creates the list “%1” with %n rank.</numerusform>
            <numerusform>Creates the list “%1” with %n ranks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a rank stay off the list.</source>
        <translation>
            <numerusform>%n row without a rank stay off the list.</numerusform>
            <numerusform>%n rows without a rank stay off the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::CsvImporter</name>
    <message numerus="yes">
        <source>%n characters; at most %1 fit here</source>
        <translation>
            <numerusform>%n character; at most %1 fit here</numerusform>
            <numerusform>%n characters; at most %1 fit here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” names %n programs here (sponsored by %2); add an Institution column or the track&apos;s NRMP code</source>
        <translation>
            <numerusform>“%1” names %n programs here (sponsored by %2); add an Institution column or the track&apos;s NRMP code</numerusform>
            <numerusform>“%1” names %n programs here (sponsored by %2); add an Institution column or the track&apos;s NRMP code</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::DatabaseCheck</name>
    <message numerus="yes">
        <source>it is cut short after %n bytes.</source>
        <translation>
            <numerusform>it is cut short after %n byte.</numerusform>
            <numerusform>it is cut short after %n bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::DisplayFormat</name>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation type="unfinished">
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::NrmpRules</name>
    <message numerus="yes">
        <source>This list ranks %n NRMP program codes; the registration fee covers 20, and each one past that costs an extra fee (every track has its own code).</source>
        <translation>
            <numerusform>This list ranks %n NRMP program code; the registration fee covers 20, and each one past that costs an extra fee (every track has its own code).</numerusform>
            <numerusform>This list ranks %n NRMP program codes; the registration fee covers 20, and each one past that costs an extra fee (every track has its own code).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This list has %n ranks, more than 100: check that this is what you mean (the NRMP allows at most 300).</source>
        <translation>
            <numerusform>This list has %n rank, more than 100: check that this is what you mean (the NRMP allows at most 300).</numerusform>
            <numerusform>This list has %n ranks, more than 100: check that this is what you mean (the NRMP allows at most 300).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::RankListReport</name>
    <message numerus="yes">
        <source>… and %n more check(s); Rankwise lists them all on the Rank List page.</source>
        <translation>
            <numerusform>… and %n more check; Rankwise lists them all on the Rank List page.</numerusform>
            <numerusform>… and %n more checks; Rankwise lists them all on the Rank List page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::TargetMatcher</name>
    <message numerus="yes">
        <source>%n programs here have these names; none was chosen</source>
        <translation>
            <numerusform>%n program here has these names; it was not chosen</numerusform>
            <numerusform>%n programs here have these names; none was chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::cli::CatalogCommands</name>
    <message numerus="yes">
        <source>Continuity sites (%n)</source>
        <translation>
            <numerusform>Continuity site (%n)</numerusform>
            <numerusform>Continuity sites (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Curriculum (%n features)</source>
        <translation>
            <numerusform>Curriculum (%n feature)</numerusform>
            <numerusform>Curriculum (%n features)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::cli::CriteriaCommands</name>
    <message numerus="yes">
        <source>Removed the criterion “%1” and its %n rating(s).</source>
        <translation>
            <numerusform>Removed the criterion “%1” and its %n rating.</numerusform>
            <numerusform>Removed the criterion “%1” and its %n ratings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n criteria: %1.</source>
        <translation>
            <numerusform>Added %n criterion: %1.</numerusform>
            <numerusform>Added %n criteria: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::cli::ExportCommands</name>
    <message numerus="yes">
        <source>Wrote the list “%1” (%n rank(s)</source>
        <translation>
            <numerusform>Wrote the list “%1” (%n rank</numerusform>
            <numerusform>Wrote the list “%1” (%n ranks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n page(s)) to %1.</source>
        <translation>
            <numerusform>, %n page) to %1.</numerusform>
            <numerusform>, %n pages) to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rating column(s)) to %1.</source>
        <translation>
            <numerusform>, %n rating column) to %1.</numerusform>
            <numerusform>, %n rating columns) to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), separated by “%2”.</source>
        <translation>
            <numerusform>%1: %n row, separated by “%2”.</numerusform>
            <numerusform>%1: %n rows, separated by “%2”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); nothing was imported:</source>
        <translation>
            <numerusform>%1 has %n problem; nothing was imported:</numerusform>
            <numerusform>%1 has %n problems; nothing was imported:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::cli::ListCommands</name>
    <message numerus="yes">
        <source>%n rank(s)</source>
        <translation>
            <numerusform>%n rank</numerusform>
            <numerusform>%n ranks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sorted “%1” by score (pinned entries kept): %n entry(ies) moved. The order before is snapshot %2.</source>
        <translation>
            <numerusform>Sorted “%1” by score (pinned entries kept): %n entry moved. The order before is snapshot %2.</numerusform>
            <numerusform>Sorted “%1” by score (pinned entries kept): %n entries moved. The order before is snapshot %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took snapshot %1 of “%2” (%n rank(s)).</source>
        <translation>
            <numerusform>Took snapshot %1 of “%2” (%n rank).</numerusform>
            <numerusform>Took snapshot %1 of “%2” (%n ranks).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rank(s); since then: </source>
        <translation>
            <numerusform>%n rank; since then: </numerusform>
            <numerusform>%n ranks; since then: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::cli::ReportCommands</name>
    <message numerus="yes">
        <source>%1 (%2): %n rank(s)</source>
        <translation>
            <numerusform>%1 (%2): %n rank</numerusform>
            <numerusform>%1 (%2): %n ranks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kendall&apos;s tau between your order and the scores: %1 (%2 of %n pair(s) agree, %3 disagree, %4 tied on score).</source>
        <translation>
            <numerusform>Kendall&apos;s tau between your order and the scores: %1 (%2 of %n pair agree, %3 disagree, %4 tied on score).</numerusform>
            <numerusform>Kendall&apos;s tau between your order and the scores: %1 (%2 of %n pairs agree, %3 disagree, %4 tied on score).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n entry(ies) (the threshold is %1 coverage):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) at or above %1 coverage: too few for a verdict.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rw::cli::SharingCommands</name>
    <message numerus="yes">
        <source>Wrote %n note(s)</source>
        <translation>
            <numerusform>Wrote %n note</numerusform>
            <numerusform>Wrote %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n program(s) to %1.</source>
        <translation>
            <numerusform>on %n program to %1.</numerusform>
            <numerusform>on %n programs to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criteria with weights</source>
        <translation>
            <numerusform>%n criterion with its weight</numerusform>
            <numerusform>%n criteria with weights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s)</source>
        <translation>
            <numerusform>%n list</numerusform>
            <numerusform>%n lists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) matched nothing here and were skipped; --add-unmatched adds their programs as your own.</source>
        <translation>
            <numerusform>%n note matched nothing here and was skipped; --add-unmatched adds its program as your own.</numerusform>
            <numerusform>%n notes matched nothing here and were skipped; --add-unmatched adds their programs as your own.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) added as your own.</source>
        <translation>
            <numerusform>%n program added as your own.</numerusform>
            <numerusform>%n programs added as your own.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed “%1” and their %n note(s). Your own notes are untouched.</source>
        <translation>
            <numerusform>Removed “%1” and their %n note. Your own notes are untouched.</numerusform>
            <numerusform>Removed “%1” and their %n notes. Your own notes are untouched.</numerusform>
        </translation>
    </message>
</context>
</TS>
