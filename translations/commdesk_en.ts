<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QueueCheck</name>
    <message numerus="yes">
        <source>reject ratio %1 over %n minutes</source>
        <translation>
            <numerusform>reject ratio %1 over %n minute</numerusform>
            <numerusform>reject ratio %1 over %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commdesk::ListFilterBar</name>
    <message numerus="yes">
        <source>%n loaded</source>
        <translation>
            <numerusform>%n loaded</numerusform>
            <numerusform>%n loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commdesk::MainWindow</name>
    <message numerus="yes">
        <source>The file of drafts kept on this computer was damaged. It was put aside as %1 and a new one started with what could still be read (%n item(s)); typing is kept again from now on.</source>
        <translation>
            <numerusform>The file of drafts kept on this computer was damaged. It was put aside as %1 and a new one started with what could still be read (%n item); typing is kept again from now on.</numerusform>
            <numerusform>The file of drafts kept on this computer was damaged. It was put aside as %1 and a new one started with what could still be read (%n items); typing is kept again from now on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The outbox file was damaged. It was put aside as %1 and a new one started with what could still be read (%n item(s)).</source>
        <translation>
            <numerusform>The outbox file was damaged. It was put aside as %1 and a new one started with what could still be read (%n item).</numerusform>
            <numerusform>The outbox file was damaged. It was put aside as %1 and a new one started with what could still be read (%n items).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s) exported to %1.</source>
        <translation>
            <numerusform>%n communication exported to %1.</numerusform>
            <numerusform>%n communications exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark as viewed after %n second(s) of reading</source>
        <translation>
            <numerusform>Mark as viewed after %n second of reading</numerusform>
            <numerusform>Mark as viewed after %n seconds of reading</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new — show them</source>
        <translation>
            <numerusform>%n new — show it</numerusform>
            <numerusform>%n new — show them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new communication(s) in this list.</source>
        <translation>
            <numerusform>%n new communication in this list.</numerusform>
            <numerusform>%n new communications in this list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new queue entries.</source>
        <translation>
            <numerusform>%n new queue entry.</numerusform>
            <numerusform>%n new queue entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commdesk::QueueActionDialog</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected entries will be sent again: the communication of each is copied as a new outgoing communication that refers to it, and enters the queue as a new pending entry. The rejected entries stay as they are.</source>
        <translation>
            <numerusform>%n rejected entry will be sent again: its communication is copied as a new outgoing communication that refers to it, and enters the queue as a new pending entry. The rejected entry stays as it is.</numerusform>
            <numerusform>%n rejected entries will be sent again: the communication of each is copied as a new outgoing communication that refers to it, and enters the queue as a new pending entry. The rejected entries stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending entries will be marked “%1”, as if the external system had delivered them. The external system will no longer see them as pending.</source>
        <translation>
            <numerusform>%n pending entry will be marked “%1”, as if the external system had delivered it. The external system will no longer see it as pending.</numerusform>
            <numerusform>%n pending entries will be marked “%1”, as if the external system had delivered them. The external system will no longer see them as pending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending entries will be marked “%1” with the error below. They will not be delivered; you can resend a corrected communication afterwards.</source>
        <translation>
            <numerusform>%n pending entry will be marked “%1” with the error below. It will not be delivered; you can resend a corrected communication afterwards.</numerusform>
            <numerusform>%n pending entries will be marked “%1” with the error below. They will not be delivered; you can resend a corrected communication afterwards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries will be marked “%1”: taken out of the queue for good. A pending one will never be delivered.</source>
        <translation>
            <numerusform>%n entry will be marked “%1”: taken out of the queue for good. If it is pending, it will never be delivered.</numerusform>
            <numerusform>%n entries will be marked “%1”: taken out of the queue for good. A pending one will never be delivered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commdesk::QueueAlerts</name>
    <message numerus="yes">
        <source>%n entries are pending (limit %1).</source>
        <translation>
            <numerusform>%n entry is pending (limit %1).</numerusform>
            <numerusform>%n entries are pending (limit %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commdesk::QueueMonitorHeader</name>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending — stuck: %1</source>
        <translation>
            <numerusform>%n pending — stuck: %1</numerusform>
            <numerusform>%n pending — stuck: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n seconds ago</source>
        <translation>
            <numerusform>Updated %n second ago</numerusform>
            <numerusform>Updated %n seconds ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commdesk::QueueMonitorWidget</name>
    <message numerus="yes">
        <source>%n actions failed: %1</source>
        <translation>
            <numerusform>%n action failed: %1</numerusform>
            <numerusform>%n actions failed: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The action journal was damaged. It was put aside as %1 and a new one started with the records that could still be read (%n record(s)).</source>
        <translation>
            <numerusform>The action journal was damaged. It was put aside as %1 and a new one started with the records that could still be read (%n record).</numerusform>
            <numerusform>The action journal was damaged. It was put aside as %1 and a new one started with the records that could still be read (%n records).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commdesk::SearchResultsView</name>
    <message numerus="yes">
        <source>%n result(s) for “%1”, across all categories and contacts.</source>
        <translation>
            <numerusform>%n result for “%1”, across all categories and contacts.</numerusform>
            <numerusform>%n results for “%1”, across all categories and contacts.</numerusform>
        </translation>
    </message>
</context>
</TS>
