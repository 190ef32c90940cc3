<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>winnow::app::Workspace</name>
    <message numerus="yes">
        <source>Compare %n Jobs</source>
        <translation>
            <numerusform>Compare %n Job</numerusform>
            <numerusform>Compare %n Jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>winnow::models::BackendListModel</name>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n job(s)</source>
        <translation>
            <numerusform>%1, %n job</numerusform>
            <numerusform>%1, %n jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>winnow::models::CsvPreviewModel</name>
    <message numerus="yes">
        <source>%1: %2, as the engine reads the first %Ln row(s)</source>
        <translation>
            <numerusform>%1: %2, as the engine reads the first %Ln row</numerusform>
            <numerusform>%1: %2, as the engine reads the first %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>winnow::ui::BackendsSettingsPage</name>
    <message numerus="yes">
        <source>Connected: %n job(s) on the service.</source>
        <translation>
            <numerusform>Connected: %n job on the service.</numerusform>
            <numerusform>Connected: %n jobs on the service.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>winnow::ui::ExportReportDialog</name>
    <message numerus="yes">
        <source>Export a report comparing %n job(s)</source>
        <translation>
            <numerusform>Export a report comparing %n job</numerusform>
            <numerusform>Export a report comparing %n jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>winnow::ui::FeaturesTab</name>
    <message numerus="yes">
        <source>The model reads %n column(s).</source>
        <translation>
            <numerusform>The model reads %n column.</numerusform>
            <numerusform>The model reads %n columns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>winnow::ui::JobActionController</name>
    <message numerus="yes">
        <source>Delete %n jobs?</source>
        <translation>
            <numerusform>Delete %n job?</numerusform>
            <numerusform>Delete %n jobs?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>winnow::ui::JobDraft</name>
    <message numerus="yes">
        <source>%Ln row(s) %1 have no target value; the engine leaves such rows out.</source>
        <translation>
            <numerusform>%Ln row %1 has no target value; the engine leaves such rows out.</numerusform>
            <numerusform>%Ln rows %1 have no target value; the engine leaves such rows out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is empty in %Ln row(s) %2; every row needs an id.</source>
        <translation>
            <numerusform>%1 is empty in %Ln row %2; every row needs an id.</numerusform>
            <numerusform>%1 is empty in %Ln rows %2; every row needs an id.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln feature(s) are checked; the job cannot keep more.</source>
        <translation>
            <numerusform>Only %Ln feature is checked; the job cannot keep more.</numerusform>
            <numerusform>Only %Ln features are checked; the job cannot keep more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>winnow::ui::JobFilterBar</name>
    <message numerus="yes">
        <source>%n Statuses</source>
        <translation>
            <numerusform>%n Status</numerusform>
            <numerusform>%n Statuses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln job(s)</source>
        <translation>
            <numerusform>%1 of %Ln job</numerusform>
            <numerusform>%1 of %Ln jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s)</source>
        <translation>
            <numerusform>%Ln job</numerusform>
            <numerusform>%Ln jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>winnow::ui::JobMetricsTab</name>
    <message numerus="yes">
        <source> over %n fold(s)</source>
        <translation>
            <numerusform> over %n fold</numerusform>
            <numerusform> over %n folds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) evaluated</source>
        <translation>
            <numerusform>%n candidate evaluated</numerusform>
            <numerusform>%n candidates evaluated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>winnow::ui::JobNotifier</name>
    <message numerus="yes">
        <source>Winnow — %n running</source>
        <translation>
            <numerusform>Winnow — %n running</numerusform>
            <numerusform>Winnow — %n running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>winnow::ui::LeaderboardTab</name>
    <message numerus="yes">
        <source>%n candidate(s) evaluated</source>
        <translation>
            <numerusform>%n candidate evaluated</numerusform>
            <numerusform>%n candidates evaluated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>winnow::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n running — Winnow</source>
        <translation>
            <numerusform>%n running — Winnow</numerusform>
            <numerusform>%n running — Winnow</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>winnow::ui::NewJobDialog</name>
    <message numerus="yes">
        <source>of %Ln checked feature(s)</source>
        <translation>
            <numerusform>of %Ln checked feature</numerusform>
            <numerusform>of %Ln checked features</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) to fix before the job can start.</source>
        <translation>
            <numerusform>%Ln problem to fix before the job can start.</numerusform>
            <numerusform>%Ln problems to fix before the job can start.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to start, with %Ln warning(s).</source>
        <translation>
            <numerusform>Ready to start, with %Ln warning.</numerusform>
            <numerusform>Ready to start, with %Ln warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to start: %1 on %Ln feature(s).</source>
        <translation>
            <numerusform>Ready to start: %1 on %Ln feature.</numerusform>
            <numerusform>Ready to start: %1 on %Ln features.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln column</numerusform>
            <numerusform>%Ln columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>winnow::ui::ReportHtmlWriter</name>
    <message numerus="yes">
        <source>Comparison of %n job(s)</source>
        <translation>
            <numerusform>Comparison of %n job</numerusform>
            <numerusform>Comparison of %n jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) side by side, then each job in full.</source>
        <translation>
            <numerusform>%n job side by side, then each job in full.</numerusform>
            <numerusform>%n jobs side by side, then each job in full.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pipeline(s) evaluated</source>
        <translation>
            <numerusform>%n pipeline evaluated</numerusform>
            <numerusform>%n pipelines evaluated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) used by the model, most important first.</source>
        <translation>
            <numerusform>%n feature used by the model, most important first.</numerusform>
            <numerusform>%n features used by the model, most important first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) used by the model; the learner does not rank them.</source>
        <translation>
            <numerusform>%n feature used by the model; the learner does not rank them.</numerusform>
            <numerusform>%n features used by the model; the learner does not rank them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>winnow::ui::ReportText</name>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n more</numerusform>
            <numerusform>… %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
