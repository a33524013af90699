<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>ConflictWords</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Party in a case</source>
        <translation>Party in a case</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Participant count</source>
        <translation>Participant count</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Passport number</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Regency</source>
        <translation>Regency</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Country now</source>
        <translation>Country now</translation>
    </message>
    <message>
        <source>City now</source>
        <translation>City now</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation>Next of kin</translation>
    </message>
    <message>
        <source>Next of kin&apos;s phone</source>
        <translation>Next of kin&apos;s phone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Safety concern</source>
        <translation>Safety concern</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Chronology</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>Demands</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <source>Outcome notes</source>
        <translation>Outcome notes</translation>
    </message>
    <message>
        <source>Claim type</source>
        <translation>Claim type</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Amount claimed</source>
        <translation>Amount claimed</translation>
    </message>
    <message>
        <source>Amount offered</source>
        <translation>Amount offered</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Wrong passphrase. Check that Caps Lock is off and try again.</source>
        <translation>Wrong passphrase. Check that Caps Lock is off and try again.</translation>
    </message>
    <message>
        <source>This profile is already open in another Lintas window or in lintas-cli on this computer. Close it there, then try again.</source>
        <translation>This profile is already open in another Lintas window or in lintas-cli on this computer. Close it there, then try again.</translation>
    </message>
    <message>
        <source>The data file of this profile is damaged. It was moved aside, not deleted: %1. Contact your supervisor or support before you continue.</source>
        <translation>The data file of this profile is damaged. It was moved aside, not deleted: %1. Contact your supervisor or support before you continue.</translation>
    </message>
    <message>
        <source>The data file of this profile is missing. If files were moved or restored from a backup, put them back, or contact your supervisor or support.</source>
        <translation>The data file of this profile is missing. If files were moved or restored from a backup, put them back, or contact your supervisor or support.</translation>
    </message>
    <message>
        <source>This profile was last opened with a newer version of Lintas. Install that version to open it.</source>
        <translation>This profile was last opened with a newer version of Lintas. Install that version to open it.</translation>
    </message>
    <message>
        <source>A profile with this name already exists on this computer. Choose another name.</source>
        <translation>A profile with this name already exists on this computer. Choose another name.</translation>
    </message>
    <message>
        <source>This profile is no longer on this computer.</source>
        <translation>This profile is no longer on this computer.</translation>
    </message>
    <message>
        <source>Lintas could not read or write its files. Check that the disk is not full and that you may write to the folder, then try again.</source>
        <translation>Lintas could not read or write its files. Check that the disk is not full and that you may write to the folder, then try again.</translation>
    </message>
    <message>
        <source>The data is busy with another task. Wait a moment and try again.</source>
        <translation>The data is busy with another task. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (%1). Try again; if it keeps happening, contact support.</source>
        <translation>Something unexpected went wrong (%1). Try again; if it keeps happening, contact support.</translation>
    </message>
    <message>
        <source>%1 is needed.</source>
        <translation>%1 is needed.</translation>
    </message>
    <message>
        <source>%1: choose one of the options offered.</source>
        <translation>%1: choose one of the options offered.</translation>
    </message>
    <message>
        <source>%1 must be exactly 16 digits.</source>
        <translation>%1 must be exactly 16 digits.</translation>
    </message>
    <message>
        <source>%1 cannot be in the future.</source>
        <translation>%1 cannot be in the future.</translation>
    </message>
    <message>
        <source>%1 cannot be before the date it starts from.</source>
        <translation>%1 cannot be before the date it starts from.</translation>
    </message>
    <message>
        <source>%1 must be a positive amount.</source>
        <translation>%1 must be a positive amount.</translation>
    </message>
    <message>
        <source>%1 needs at least one digit.</source>
        <translation>%1 needs at least one digit.</translation>
    </message>
    <message>
        <source>%1 refers to something that was deleted. Choose again.</source>
        <translation>%1 refers to something that was deleted. Choose again.</translation>
    </message>
    <message>
        <source>The case cannot move to this status from where it is now. Choose one of the statuses offered.</source>
        <translation>The case cannot move to this status from where it is now. Choose one of the statuses offered.</translation>
    </message>
    <message>
        <source>Record the client&apos;s consent before sending this.</source>
        <translation>Record the client&apos;s consent before sending this.</translation>
    </message>
    <message>
        <source>Check %1.</source>
        <translation>Check %1.</translation>
    </message>
    <message>
        <source>%1: write an amount in figures, such as %2.</source>
        <translation>%1: write an amount in figures, such as %2.</translation>
    </message>
    <message>
        <source>This record already exists. Go back to the list and open it from there.</source>
        <translation>This record already exists. Go back to the list and open it from there.</translation>
    </message>
    <message>
        <source>This record is no longer there: it may have been deleted, here or on another device. Go back to the list and look again.</source>
        <translation>This record is no longer there: it may have been deleted, here or on another device. Go back to the list and look again.</translation>
    </message>
    <message>
        <source>The server holds changes from that laptop which this laptop has not received yet. Sync now, then try again.</source>
        <translation>The server holds changes from that laptop which this laptop has not received yet. Sync now, then try again.</translation>
    </message>
    <message>
        <source>This file is not a Lintas hand-off file. Choose the file the other organisation sent you.</source>
        <translation>This file is not a Lintas hand-off file. Choose the file the other organisation sent you.</translation>
    </message>
    <message>
        <source>This hand-off file was made for someone else, so it cannot be opened here. Ask the sender to make it again for your hand-off address.</source>
        <translation>This hand-off file was made for someone else, so it cannot be opened here. Ask the sender to make it again for your hand-off address.</translation>
    </message>
    <message>
        <source>This hand-off file was made for someone else: it is locked to the hand-off address with fingerprint %1. Ask the sender to make it again for your hand-off address.</source>
        <translation>This hand-off file was made for someone else: it is locked to the hand-off address with fingerprint %1. Ask the sender to make it again for your hand-off address.</translation>
    </message>
    <message>
        <source>This hand-off file is damaged or was changed after it was made, so nothing of it was taken in. Ask the sender for a new one.</source>
        <translation>This hand-off file is damaged or was changed after it was made, so nothing of it was taken in. Ask the sender for a new one.</translation>
    </message>
    <message>
        <source>This hand-off file was made by a newer version of Lintas. Update Lintas on this laptop, then open it again.</source>
        <translation>This hand-off file was made by a newer version of Lintas. Update Lintas on this laptop, then open it again.</translation>
    </message>
    <message>
        <source>This reply answers a hand-off that was not sent from this profile. Check that you chose the right file.</source>
        <translation>This reply answers a hand-off that was not sent from this profile. Check that you chose the right file.</translation>
    </message>
    <message>
        <source>This is the other kind of hand-off file. A case sent to you is opened on the Today page; an answer to a case you sent is read in the case&apos;s referrals.</source>
        <translation>This is the other kind of hand-off file. A case sent to you is opened on the Today page; an answer to a case you sent is read in the case&apos;s referrals.</translation>
    </message>
    <message>
        <source>This hand-off address is not right. Compare it symbol by symbol with the recipient, or paste the QR text again.</source>
        <translation>This hand-off address is not right. Compare it symbol by symbol with the recipient, or paste the QR text again.</translation>
    </message>
    <message>
        <source>Only an admin of your organisation can send a referral without the client&apos;s consent.</source>
        <translation>Only an admin of your organisation can send a referral without the client&apos;s consent.</translation>
    </message>
    <message>
        <source>This case moved to a space shared with another organisation that this laptop is not a member of. It cannot be changed here; ask a colleague in that space.</source>
        <translation>This case moved to a space shared with another organisation that this laptop is not a member of. It cannot be changed here; ask a colleague in that space.</translation>
    </message>
    <message>
        <source>This laptop is not a member of that shared space. Join it first under Sync → Organisation.</source>
        <translation>This laptop is not a member of that shared space. Join it first under Sync → Organisation.</translation>
    </message>
    <message>
        <source>The case is already in that space.</source>
        <translation>The case is already in that space.</translation>
    </message>
    <message>
        <source>Give the shared space a name both organisations will recognise.</source>
        <translation>Give the shared space a name both organisations will recognise.</translation>
    </message>
    <message>
        <source>Only an admin of your organisation can open a shared space.</source>
        <translation>Only an admin of your organisation can open a shared space.</translation>
    </message>
    <message>
        <source>The consent chosen is for another organisation. Record her consent for this one first.</source>
        <translation>The consent chosen is for another organisation. Record her consent for this one first.</translation>
    </message>
    <message>
        <source>She withdrew the consent chosen. Record a new consent, or do not hand the case over.</source>
        <translation>She withdrew the consent chosen. Record a new consent, or do not hand the case over.</translation>
    </message>
</context>
<context>
    <name>KeptDialogInput</name>
    <message>
        <source>What you typed here before Lintas locked or closed (%1) is back. It is not saved yet.</source>
        <translation>What you typed here before Lintas locked or closed (%1) is back. It is not saved yet.</translation>
    </message>
</context>
<context>
    <name>KeptInputNotice</name>
    <message>
        <source>case %1</source>
        <translation>case %1</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>client %1</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directory</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>What you typed before Lintas locked is kept, not saved yet: %1. Open it again to save or discard it.</source>
        <translation>What you typed before Lintas locked is kept, not saved yet: %1. Open it again to save or discard it.</translation>
    </message>
</context>
<context>
    <name>SyncStatusText</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation>Not syncing</translation>
    </message>
    <message>
        <source>Syncing %1 of %2</source>
        <translation>Syncing %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)</source>
        <translation>
            <numerusform>Sending %n change</numerusform>
            <numerusform>Sending %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n waiting</source>
        <translation>
            <numerusform>Offline · %n waiting</numerusform>
            <numerusform>Offline · %n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync needs attention</source>
        <translation>Sync needs attention</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synced at %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>This profile keeps its cases on this laptop only. Join your organisation to share them with your colleagues and keep a copy on the organisation&apos;s server.</source>
        <translation>This profile keeps its cases on this laptop only. Join your organisation to share them with your colleagues and keep a copy on the organisation&apos;s server.</translation>
    </message>
    <message>
        <source>Exchanging changes with the organisation&apos;s server: %1 sent, %2 of %3 received.</source>
        <translation>Exchanging changes with the organisation&apos;s server: %1 sent, %2 of %3 received.</translation>
    </message>
    <message numerus="yes">
        <source>No connection to the organisation&apos;s server. Your work is kept on this laptop; %n change(s) will be sent when the connection is back.</source>
        <translation>
            <numerusform>No connection to the organisation&apos;s server. Your work is kept on this laptop; %n change will be sent when the connection is back.</numerusform>
            <numerusform>No connection to the organisation&apos;s server. Your work is kept on this laptop; %n changes will be sent when the connection is back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date with the organisation&apos;s server. Last synced: %1.</source>
        <translation>Up to date with the organisation&apos;s server. Last synced: %1.</translation>
    </message>
    <message>
        <source>This profile has not joined an organisation yet.</source>
        <translation>This profile has not joined an organisation yet.</translation>
    </message>
    <message>
        <source>The server could not be reached, or the connection dropped. Lintas tries again by itself.</source>
        <translation>The server could not be reached, or the connection dropped. Lintas tries again by itself.</translation>
    </message>
    <message>
        <source>The server no longer accepts this laptop. Ask your organisation&apos;s admin whether it was removed; your work stays on this laptop.</source>
        <translation>The server no longer accepts this laptop. Ask your organisation&apos;s admin whether it was removed; your work stays on this laptop.</translation>
    </message>
    <message>
        <source>This laptop is not a member of the organisation&apos;s space on the server. Ask your admin.</source>
        <translation>This laptop is not a member of the organisation&apos;s space on the server. Ask your admin.</translation>
    </message>
    <message>
        <source>The server is busy or has a problem of its own. Lintas tries again later by itself.</source>
        <translation>The server is busy or has a problem of its own. Lintas tries again later by itself.</translation>
    </message>
    <message>
        <source>The server sent something that does not check out, so nothing of it was kept. Lintas tries again later; if this stays, tell your admin.</source>
        <translation>The server sent something that does not check out, so nothing of it was kept. Lintas tries again later; if this stays, tell your admin.</translation>
    </message>
    <message>
        <source>Another laptop deleted many records at once. Those deletions wait for your decision below; everything else is up to date.</source>
        <translation>Another laptop deleted many records at once. Those deletions wait for your decision below; everything else is up to date.</translation>
    </message>
    <message>
        <source>Received changes could not be saved on this laptop (is the disk full?). Nothing was lost; Lintas tries again later.</source>
        <translation>Received changes could not be saved on this laptop (is the disk full?). Nothing was lost; Lintas tries again later.</translation>
    </message>
    <message>
        <source>Signature does not match the sending laptop</source>
        <translation>Signature does not match the sending laptop</translation>
    </message>
    <message>
        <source>Cannot be decrypted: damaged or altered</source>
        <translation>Cannot be decrypted: damaged or altered</translation>
    </message>
    <message>
        <source>Sealed with a key this laptop does not have</source>
        <translation>Sealed with a key this laptop does not have</translation>
    </message>
    <message>
        <source>From a laptop that is not a member</source>
        <translation>From a laptop that is not a member</translation>
    </message>
    <message>
        <source>Dated more than a day in the future (wrong clock on the sending laptop)</source>
        <translation>Dated more than a day in the future (wrong clock on the sending laptop)</translation>
    </message>
    <message>
        <source>Refers to a record that has not arrived yet</source>
        <translation>Refers to a record that has not arrived yet</translation>
    </message>
    <message>
        <source>Made by a newer version of Lintas: applied by itself once Lintas on this laptop is updated</source>
        <translation>Made by a newer version of Lintas: applied by itself once Lintas on this laptop is updated</translation>
    </message>
    <message>
        <source>Cannot be read by any version of Lintas: damaged or made by a faulty program</source>
        <translation>Cannot be read by any version of Lintas: damaged or made by a faulty program</translation>
    </message>
    <message>
        <source>Damaged record</source>
        <translation>Damaged record</translation>
    </message>
    <message>
        <source>Other reason (%1)</source>
        <translation>Other reason (%1)</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is %1 behind the server&apos;s.</source>
        <translation>This laptop&apos;s clock is %1 behind the server&apos;s.</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is %1 ahead of the server&apos;s.</source>
        <translation>This laptop&apos;s clock is %1 ahead of the server&apos;s.</translation>
    </message>
    <message>
        <source>Lintas corrects the times it records, but please set the right date, time and time zone in the laptop&apos;s settings.</source>
        <translation>Lintas corrects the times it records, but please set the right date, time and time zone in the laptop&apos;s settings.</translation>
    </message>
    <message>
        <source>Made by a laptop after an admin removed it from the organisation: refused</source>
        <translation>Made by a laptop after an admin removed it from the organisation: refused</translation>
    </message>
    <message>
        <source>%1 (your organisation)</source>
        <translation>%1 (your organisation)</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation>%1 (shared)</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ActivitiesPage</name>
    <message>
        <source>This activity could not be opened. It may have been deleted on another device.</source>
        <translation>This activity could not be opened. It may have been deleted on another device.</translation>
    </message>
    <message>
        <source>No activity matches these filters.</source>
        <translation>No activity matches these filters.</translation>
    </message>
    <message>
        <source>No activities yet. Record the first one with “+ New activity” (Ctrl+N).</source>
        <translation>No activities yet. Record the first one with “+ New activity” (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln women</source>
        <translation>
            <numerusform>%Ln woman</numerusform>
            <numerusform>%Ln women</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln men</source>
        <translation>
            <numerusform>%Ln man</numerusform>
            <numerusform>%Ln men</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other or not stated</source>
        <translation>
            <numerusform>%Ln other or not stated</numerusform>
            <numerusform>%Ln other or not stated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(s)</source>
        <translation>
            <numerusform>%Ln activity</numerusform>
            <numerusform>%Ln activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message>
        <source>+ &amp;New activity</source>
        <translation>+ &amp;New activity</translation>
    </message>
    <message>
        <source>Record a consultation, discussion, training… (Ctrl+N)</source>
        <translation>Record a consultation, discussion, training… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ActivityEditor</name>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>This activity was changed but not saved.</source>
        <translation>This activity was changed but not saved.</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <source>Delete “%1” of %2 with its participant counts? It is removed from the list and from the totals, on every device.</source>
        <translation>Delete “%1” of %2 with its participant counts? It is removed from the list and from the totals, on every device.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Held &amp;on</source>
        <translation>Held &amp;on</translation>
    </message>
    <message>
        <source>Training sta&amp;ge</source>
        <translation>Training sta&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>&amp;Facilitator</translation>
    </message>
    <message>
        <source>Pro&amp;vince</source>
        <translation>Pro&amp;vince</translation>
    </message>
    <message>
        <source>&amp;Regency or city</source>
        <translation>&amp;Regency or city</translation>
    </message>
    <message>
        <source>Distri&amp;ct</source>
        <translation>Distri&amp;ct</translation>
    </message>
    <message>
        <source>Vill&amp;age</source>
        <translation>Vill&amp;age</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>P&amp;lace</translation>
    </message>
    <message>
        <source>Partic&amp;ipants</source>
        <translation>Partic&amp;ipants</translation>
    </message>
    <message>
        <source>To&amp;pics</source>
        <translation>To&amp;pics</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>e.g. Safe migration discussion, Desa Sukamaju</source>
        <translation>e.g. Safe migration discussion, Desa Sukamaju</translation>
    </message>
    <message>
        <source>e.g. Stage 2 of 3</source>
        <translation>e.g. Stage 2 of 3</translation>
    </message>
    <message>
        <source>For trainings given in stages</source>
        <translation>For trainings given in stages</translation>
    </message>
    <message>
        <source>e.g. village hall, prayer room, community post</source>
        <translation>e.g. village hall, prayer room, community post</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>What was discussed</translation>
    </message>
    <message>
        <source>Count each person once, in the row of their gender and the column of their age. Reports to funders split every count by gender.</source>
        <translation>Count each person once, in the row of their gender and the column of their age. Reports to funders split every count by gender.</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <source>Back to the list of activities (Esc or Alt+Left)</source>
        <translation>Back to the list of activities (Esc or Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the activity and its participants (Ctrl+S)</source>
        <translation>Save the activity and its participants (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ActivityFilterBar</name>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Dates chosen</source>
        <translation>Dates chosen</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lear filters</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ActivityListModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
</context>
<context>
    <name>lintas::ui::AgendaModel</name>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>tomorrow</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule source: %1</source>
        <translation>Rule source: %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
</context>
<context>
    <name>lintas::ui::BundleFilesBox</name>
    <message>
        <source>This file is not a Lintas changes file. Choose the file your colleague sent.</source>
        <translation>This file is not a Lintas changes file. Choose the file your colleague sent.</translation>
    </message>
    <message>
        <source>This file was damaged or changed on the way, so nothing of it was read in. Ask your colleague to send it again.</source>
        <translation>This file was damaged or changed on the way, so nothing of it was read in. Ask your colleague to send it again.</translation>
    </message>
    <message>
        <source>This file was made by a newer version of Lintas. Update Lintas on this laptop, then read it in.</source>
        <translation>This file was made by a newer version of Lintas. Update Lintas on this laptop, then read it in.</translation>
    </message>
    <message>
        <source>This file comes from another organisation. Nothing of it was read in.</source>
        <translation>This file comes from another organisation. Nothing of it was read in.</translation>
    </message>
    <message>
        <source>This file comes from a laptop this one does not know yet, or one that was removed. Sync once when there is a connection, then read it in again.</source>
        <translation>This file comes from a laptop this one does not know yet, or one that was removed. Sync once when there is a connection, then read it in again.</translation>
    </message>
    <message>
        <source>This profile has not joined an organisation yet.</source>
        <translation>This profile has not joined an organisation yet.</translation>
    </message>
    <message>
        <source>Save my changes to a file</source>
        <translation>Save my changes to a file</translation>
    </message>
    <message>
        <source>Lintas changes.lintasbundle</source>
        <translation>Lintas changes.lintasbundle</translation>
    </message>
    <message>
        <source>Lintas changes (*.lintasbundle);;All files (*)</source>
        <translation>Lintas changes (*.lintasbundle);;All files (*)</translation>
    </message>
    <message>
        <source>Saving your changes to the file…</source>
        <translation>Saving your changes to the file…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved in the file. Send it to a colleague or the office; they go to the server by themselves once this laptop has a connection.</source>
        <translation>
            <numerusform>%n change saved in the file. Send it to a colleague or the office; they go to the server by themselves once this laptop has a connection.</numerusform>
            <numerusform>%n changes saved in the file. Send it to a colleague or the office; they go to the server by themselves once this laptop has a connection.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read in changes from a file</source>
        <translation>Read in changes from a file</translation>
    </message>
    <message>
        <source>Reading in the changes…</source>
        <translation>Reading in the changes…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) added from the file.</source>
        <translation>
            <numerusform>%n change added from the file.</numerusform>
            <numerusform>%n changes added from the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were here already.</source>
        <translation>
            <numerusform>%n were here already.</numerusform>
            <numerusform>%n were here already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set aside: see the list below.</source>
        <translation>
            <numerusform>%n set aside: see the list below.</numerusform>
            <numerusform>%n set aside: see the list below.</numerusform>
        </translation>
    </message>
    <message>
        <source>No signal? Save the changes waiting on this laptop to a file and send it (USB stick, WhatsApp) to a colleague or the office. The file is locked: only laptops of your organisation can read it.</source>
        <translation>No signal? Save the changes waiting on this laptop to a file and send it (USB stick, WhatsApp) to a colleague or the office. The file is locked: only laptops of your organisation can read it.</translation>
    </message>
    <message>
        <source>Save my changes to a &amp;file…</source>
        <translation>Save my changes to a &amp;file…</translation>
    </message>
    <message>
        <source>&amp;Read in a colleague&apos;s file…</source>
        <translation>&amp;Read in a colleague&apos;s file…</translation>
    </message>
    <message>
        <source>This laptop is no longer in that space. Sync once when there is a connection.</source>
        <translation>This laptop is no longer in that space. Sync once when there is a connection.</translation>
    </message>
    <message>
        <source>Changes &amp;of:</source>
        <translation>Changes &amp;of:</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CaseDetailsForm</name>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Opened on</source>
        <translation>&amp;Opened on</translation>
    </message>
    <message>
        <source>Closed o&amp;n</source>
        <translation>Closed o&amp;n</translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation>&amp;Risk</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>&amp;Caseworkers</source>
        <translation>&amp;Caseworkers</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>T&amp;ags</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>&amp;Forums</source>
        <translation>&amp;Forums</translation>
    </message>
    <message>
        <source>Chronology (&amp;kronologi)</source>
        <translation>Chronology (&amp;kronologi)</translation>
    </message>
    <message>
        <source>&amp;Demands (tuntutan)</source>
        <translation>&amp;Demands (tuntutan)</translation>
    </message>
    <message>
        <source>Strate&amp;gy</source>
        <translation>Strate&amp;gy</translation>
    </message>
    <message>
        <source>Outcome notes</source>
        <translation>Outcome notes</translation>
    </message>
    <message>
        <source>Immediate safety concern</source>
        <translation>Immediate safety concern</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Names, separated by commas</translation>
    </message>
    <message>
        <source>Words, separated by commas</source>
        <translation>Words, separated by commas</translation>
    </message>
    <message>
        <source>Only the forums of the ticked countries are listed.</source>
        <translation>Only the forums of the ticked countries are listed.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Save changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo c&amp;hanges</source>
        <translation>Undo c&amp;hanges</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Outco&amp;me</source>
        <translation>Outco&amp;me</translation>
    </message>
    <message>
        <source>Case t&amp;ypes</source>
        <translation>Case t&amp;ypes</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CaseFilterBar</name>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>All case types</source>
        <translation>All case types</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <source>All caseworkers</source>
        <translation>All caseworkers</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Any deadline</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Due within %n day</numerusform>
            <numerusform>Due within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Any risk</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Filter by case type</source>
        <translation>Filter by case type</translation>
    </message>
    <message>
        <source>Filter by country or jurisdiction</source>
        <translation>Filter by country or jurisdiction</translation>
    </message>
    <message>
        <source>Filter by caseworker</source>
        <translation>Filter by caseworker</translation>
    </message>
    <message>
        <source>Filter by next deadline</source>
        <translation>Filter by next deadline</translation>
    </message>
    <message>
        <source>Filter by risk</source>
        <translation>Filter by risk</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CaseListModel</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Case types</source>
        <translation>Case types</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CaseListPage</name>
    <message>
        <source>No cases yet.</source>
        <translation>No cases yet.</translation>
    </message>
    <message>
        <source>No case matches “%1”.</source>
        <translation>No case matches “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n best matches are shown. Type more words to narrow the search.</source>
        <translation>
            <numerusform>Only the best match is shown. Type more words to narrow the search.</numerusform>
            <numerusform>Only the %n best matches are shown. Type more words to narrow the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching case(s)</source>
        <translation>
            <numerusform>%n matching case</numerusform>
            <numerusform>%n matching cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by client name, case reference or words in the chronology…</source>
        <translation>Search by client name, case reference or words in the chronology…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>No case matches these filters.</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <source>%1 — saved %2</source>
        <translation>%1 — saved %2</translation>
    </message>
    <message>
        <source>Drafts (%1)</source>
        <translation>Drafts (%1)</translation>
    </message>
    <message>
        <source>+ New case</source>
        <translation>+ New case</translation>
    </message>
    <message>
        <source>Take in a new case, step by step (Ctrl+N)</source>
        <translation>Take in a new case, step by step (Ctrl+N)</translation>
    </message>
    <message>
        <source>Intakes saved half-way: choose one to carry on</source>
        <translation>Intakes saved half-way: choose one to carry on</translation>
    </message>
    <message>
        <source>Type at least two letters or digits to search.</source>
        <translation>Type at least two letters or digits to search.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CasePartiesPanel</name>
    <message>
        <source>Unlink party</source>
        <translation>Unlink party</translation>
    </message>
    <message>
        <source>Remove “%1” from this case? The party stays in the register.</source>
        <translation>Remove “%1” from this case? The party stays in the register.</translation>
    </message>
    <message>
        <source>No employer, agency or other party is linked to this case yet.</source>
        <translation>No employer, agency or other party is linked to this case yet.</translation>
    </message>
    <message>
        <source>Employers, agencies and others in this case. Enter opens the party and every case it is in.</source>
        <translation>Employers, agencies and others in this case. Enter opens the party and every case it is in.</translation>
    </message>
    <message>
        <source>&amp;Link a party…</source>
        <translation>&amp;Link a party…</translation>
    </message>
    <message>
        <source>Choose an employer, agency or other party from the register</source>
        <translation>Choose an employer, agency or other party from the register</translation>
    </message>
    <message>
        <source>Ne&amp;w party…</source>
        <translation>Ne&amp;w party…</translation>
    </message>
    <message>
        <source>Add a party that is not in the register yet and link it</source>
        <translation>Add a party that is not in the register yet and link it</translation>
    </message>
    <message>
        <source>&amp;Change role…</source>
        <translation>&amp;Change role…</translation>
    </message>
    <message>
        <source>&amp;Unlink…</source>
        <translation>&amp;Unlink…</translation>
    </message>
    <message>
        <source>&amp;Open party</source>
        <translation>&amp;Open party</translation>
    </message>
    <message>
        <source>Parties in this case</source>
        <translation>Parties in this case</translation>
    </message>
    <message>
        <source>A new party you were adding when Lintas locked is kept. Choose “New party…” to carry on.</source>
        <translation>A new party you were adding when Lintas locked is kept. Choose “New party…” to carry on.</translation>
    </message>
    <message>
        <source>A party you were linking when Lintas locked is kept. Choose “Link a party…” to carry on.</source>
        <translation>A party you were linking when Lintas locked is kept. Choose “Link a party…” to carry on.</translation>
    </message>
    <message>
        <source>The role of %1 you were changing when Lintas locked is kept. Select it and choose “Change role…” to carry on.</source>
        <translation>The role of %1 you were changing when Lintas locked is kept. Select it and choose “Change role…” to carry on.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CaseReferralsPanel</name>
    <message>
        <source>New referral</source>
        <translation>New referral</translation>
    </message>
    <message>
        <source>Referral to %1</source>
        <translation>Referral to %1</translation>
    </message>
    <message>
        <source>No consent chosen</source>
        <translation>No consent chosen</translation>
    </message>
    <message>
        <source>%1 — given %2</source>
        <translation>%1 — given %2</translation>
    </message>
    <message>
        <source>[withdrawn %1]</source>
        <translation>[withdrawn %1]</translation>
    </message>
    <message>
        <source>She has not given consent to share her case with anyone. A referral can be kept as a draft, but it cannot be sent until her consent is recorded.</source>
        <translation>She has not given consent to share her case with anyone. A referral can be kept as a draft, but it cannot be sent until her consent is recorded.</translation>
    </message>
    <message>
        <source>To or&amp;ganisation</source>
        <translation>To or&amp;ganisation</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>R&amp;eason</translation>
    </message>
    <message>
        <source>Her &amp;consent</source>
        <translation>Her &amp;consent</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Sent o&amp;n</source>
        <translation>Sent o&amp;n</translation>
    </message>
    <message>
        <source>Respon&amp;ded on</source>
        <translation>Respon&amp;ded on</translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation>&amp;Feedback</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>e.g. legal advice on her unpaid wages claim</source>
        <translation>e.g. legal advice on her unpaid wages claim</translation>
    </message>
    <message>
        <source>What the organisation answered or did</source>
        <translation>What the organisation answered or did</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>Record &amp;her consent…</source>
        <translation>Record &amp;her consent…</translation>
    </message>
    <message>
        <source>Record what she agreed may be shared, with whom and what for</source>
        <translation>Record what she agreed may be shared, with whom and what for</translation>
    </message>
    <message>
        <source>Ne&amp;w referral</source>
        <translation>Ne&amp;w referral</translation>
    </message>
    <message>
        <source>Start a new referral (Ctrl+N)</source>
        <translation>Start a new referral (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save referral</source>
        <translation>&amp;Save referral</translation>
    </message>
    <message>
        <source>Save this referral (Ctrl+S)</source>
        <translation>Save this referral (Ctrl+S)</translation>
    </message>
    <message>
        <source>Referral not saved</source>
        <translation>Referral not saved</translation>
    </message>
    <message>
        <source>What you typed in the referral form is not saved yet. Throw it away?</source>
        <translation>What you typed in the referral form is not saved yet. Throw it away?</translation>
    </message>
    <message>
        <source>Her consent you were recording when Lintas locked is kept. Choose “Record her consent…” to carry on.</source>
        <translation>Her consent you were recording when Lintas locked is kept. Choose “Record her consent…” to carry on.</translation>
    </message>
    <message>
        <source>Read the reply to a hand-off</source>
        <translation>Read the reply to a hand-off</translation>
    </message>
    <message>
        <source>%1 accepted the case.</source>
        <translation>%1 accepted the case.</translation>
    </message>
    <message>
        <source>%1 declined the case: %2</source>
        <translation>%1 declined the case: %2</translation>
    </message>
    <message>
        <source>(This answer was read in before.)</source>
        <translation>(This answer was read in before.)</translation>
    </message>
    <message>
        <source>Send without her consent</source>
        <translation>Send without her consent</translation>
    </message>
    <message>
        <source>Why must this referral go without the client&apos;s recorded consent? Your name and this reason are kept with the referral and printed on the hand-over record.</source>
        <translation>Why must this referral go without the client&apos;s recorded consent? Your name and this reason are kept with the referral and printed on the hand-over record.</translation>
    </message>
    <message>
        <source>an admin</source>
        <translation>an admin</translation>
    </message>
    <message>
        <source>Sent without her recorded consent, by %1: %2</source>
        <translation>Sent without her recorded consent, by %1: %2</translation>
    </message>
    <message>
        <source>Send without her consent…</source>
        <translation>Send without her consent…</translation>
    </message>
    <message>
        <source>Admins only: send this referral without a recorded consent, and write why</source>
        <translation>Admins only: send this referral without a recorded consent, and write why</translation>
    </message>
    <message>
        <source>Hand off &amp;as a file…</source>
        <translation>Hand off &amp;as a file…</translation>
    </message>
    <message>
        <source>Send the case to the organisation of this referral as a locked file</source>
        <translation>Send the case to the organisation of this referral as a locked file</translation>
    </message>
    <message>
        <source>Read the &amp;reply file…</source>
        <translation>Read the &amp;reply file…</translation>
    </message>
    <message>
        <source>Take in the recipient&apos;s answer to a hand-off file</source>
        <translation>Take in the recipient&apos;s answer to a hand-off file</translation>
    </message>
    <message>
        <source>The case is handed over. It reaches %1 at the next sync; their answer shows in this referral.</source>
        <translation>The case is handed over. It reaches %1 at the next sync; their answer shows in this referral.</translation>
    </message>
    <message>
        <source>Hand over in a shared space…</source>
        <translation>Hand over in a shared space…</translation>
    </message>
    <message>
        <source>Move the case into a space shared with the organisation of this referral</source>
        <translation>Move the case into a space shared with the organisation of this referral</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CaseSummary</name>
    <message>
        <source>Case summary</source>
        <translation>Case summary</translation>
    </message>
    <message>
        <source>Immediate safety concern: check on her safety before anything else.</source>
        <translation>Immediate safety concern: check on her safety before anything else.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>The client&apos;s record could not be found on this laptop.</source>
        <translation>The client&apos;s record could not be found on this laptop.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Also known as</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Now in</source>
        <translation>Now in</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <source>ID and phone numbers are masked: only their last four characters are shown.</source>
        <translation>ID and phone numbers are masked: only their last four characters are shown.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>Immediate safety concern</source>
        <translation>Immediate safety concern</translation>
    </message>
    <message>
        <source>No immediate concern recorded</source>
        <translation>No immediate concern recorded</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Case types</source>
        <translation>Case types</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Forums</source>
        <translation>Forums</translation>
    </message>
    <message>
        <source>Caseworkers</source>
        <translation>Caseworkers</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Chronology</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>Demands</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <source>Outcome notes</source>
        <translation>Outcome notes</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Nothing recorded.</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>No claims recorded.</source>
        <translation>No claims recorded.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Awarded</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Total in %1</source>
        <translation>Total in %1</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>Set by hand</translation>
    </message>
    <message>
        <source>%1 (counted from %2)</source>
        <translation>%1 (counted from %2)</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>No deadlines recorded.</source>
        <translation>No deadlines recorded.</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Done %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Where the date comes from</source>
        <translation>Where the date comes from</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Corrects the entry of %1:</source>
        <translation>Corrects the entry of %1:</translation>
    </message>
    <message>
        <source>Corrects an earlier entry:</source>
        <translation>Corrects an earlier entry:</translation>
    </message>
    <message>
        <source>[Corrected below]</source>
        <translation>[Corrected below]</translation>
    </message>
    <message>
        <source>No timeline entries to show.</source>
        <translation>No timeline entries to show.</translation>
    </message>
    <message numerus="yes">
        <source>%n confidential timeline entries are not included in this summary.</source>
        <translation>
            <numerusform>%n confidential timeline entry is not included in this summary.</numerusform>
            <numerusform>%n confidential timeline entries are not included in this summary.</numerusform>
        </translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Role in this case</source>
        <translation>Role in this case</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>No consent recorded. Ask the client before sharing anything about her case.</source>
        <translation>No consent recorded. Ask the client before sharing anything about her case.</translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <translation>Withdrawn %1</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Shared with</translation>
    </message>
    <message>
        <source>What may be shared</source>
        <translation>What may be shared</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>How given</source>
        <translation>How given</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Case summary %1</source>
        <translation>Case summary %1</translation>
    </message>
    <message>
        <source>Case summary %1.pdf</source>
        <translation>Case summary %1.pdf</translation>
    </message>
    <message>
        <source>Save case summary</source>
        <translation>Save case summary</translation>
    </message>
    <message>
        <source>Case summary not saved</source>
        <translation>Case summary not saved</translation>
    </message>
    <message>
        <source>Case summary not printed</source>
        <translation>Case summary not printed</translation>
    </message>
    <message>
        <source>Print case summary</source>
        <translation>Print case summary</translation>
    </message>
    <message>
        <source>The case summary could not be printed. Check the printer and try again, or save it as PDF and print it from another computer.</source>
        <translation>The case summary could not be printed. Check the printer and try again, or save it as PDF and print it from another computer.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CaseSummaryDialog</name>
    <message>
        <source>Save case summary</source>
        <translation>Save case summary</translation>
    </message>
    <message>
        <source>Print case summary</source>
        <translation>Print case summary</translation>
    </message>
    <message>
        <source>The case summary could not be printed. Check the printer and try again, or save it as PDF and print it from another computer.</source>
        <translation>The case summary could not be printed. Check the printer and try again, or save it as PDF and print it from another computer.</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Case summary</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Saved as %1. It contains personal data: delete the file once it is printed or sent, and do not leave it on a shared computer.</source>
        <translation>Saved as %1. It contains personal data: delete the file once it is printed or sent, and do not leave it on a shared computer.</translation>
    </message>
    <message>
        <source>The summary lists the client, the case details, claims, deadlines, timeline, parties and consents, in the language Lintas is shown in now. Timeline entries marked confidential are left out, and ID and phone numbers show only their last four characters: show them in full only if the reader needs them.</source>
        <translation>The summary lists the client, the case details, claims, deadlines, timeline, parties and consents, in the language Lintas is shown in now. Timeline entries marked confidential are left out, and ID and phone numbers show only their last four characters: show them in full only if the reader needs them.</translation>
    </message>
    <message>
        <source>Show &amp;full ID and phone numbers</source>
        <translation>Show &amp;full ID and phone numbers</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CaseWorkspace</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>The details of this case were changed but not saved.</source>
        <translation>The details of this case were changed but not saved.</translation>
    </message>
    <message>
        <source>Text not added</source>
        <translation>Text not added</translation>
    </message>
    <message>
        <source>You typed something on this tab that is not added to the case yet. Leave it and lose the text?</source>
        <translation>You typed something on this tab that is not added to the case yet. Leave it and lose the text?</translation>
    </message>
    <message>
        <source>(unknown client)</source>
        <translation>(unknown client)</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risk: %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Immediate safety concern: check on her safety first.</source>
        <translation>Immediate safety concern: check on her safety first.</translation>
    </message>
    <message>
        <source>← Cases</source>
        <translation>← Cases</translation>
    </message>
    <message>
        <source>Back to the case list (Alt+Left)</source>
        <translation>Back to the case list (Alt+Left)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>&amp;Print summary…</translation>
    </message>
    <message>
        <source>Print the case summary or save it as PDF (Ctrl+P)</source>
        <translation>Print the case summary or save it as PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Berita acara serah terima: when the case passes to another caseworker or organisation</source>
        <translation>Berita acara serah terima: when the case passes to another caseworker or organisation</translation>
    </message>
    <message>
        <source>Hand-o&amp;ver record…</source>
        <translation>Hand-o&amp;ver record…</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Shared with another organisation in “%1”: what you write here goes to that space, and everyone admitted to it sees it.</source>
        <translation>Shared with another organisation in “%1”: what you write here goes to that space, and everyone admitted to it sees it.</translation>
    </message>
    <message>
        <source>This case moved to “%1”, a space shared with another organisation that this laptop is not a member of. You see it as it was when it left; changes to it are refused.</source>
        <translation>This case moved to “%1”, a space shared with another organisation that this laptop is not a member of. You see it as it was when it left; changes to it are refused.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ClaimModel</name>
    <message>
        <source>claimed %1</source>
        <translation>claimed %1</translation>
    </message>
    <message>
        <source>offered %1</source>
        <translation>offered %1</translation>
    </message>
    <message>
        <source>awarded %1</source>
        <translation>awarded %1</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>paid %1</translation>
    </message>
    <message>
        <source>still owed %1</source>
        <translation>still owed %1</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Awarded</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ClaimsTab</name>
    <message>
        <source>%1: write an amount in %2 such as %3.</source>
        <translation>%1: write an amount in %2 such as %3.</translation>
    </message>
    <message>
        <source>%1: write an amount in %2 such as %3, without decimals.</source>
        <translation>%1: write an amount in %2 such as %3, without decimals.</translation>
    </message>
    <message>
        <source>Save the claim first, then record what was paid against it.</source>
        <translation>Save the claim first, then record what was paid against it.</translation>
    </message>
    <message>
        <source>Remove claim</source>
        <translation>Remove claim</translation>
    </message>
    <message>
        <source>Remove the claim &quot;%1&quot; and its payments from this case?</source>
        <translation>Remove the claim &quot;%1&quot; and its payments from this case?</translation>
    </message>
    <message>
        <source>No claims yet.</source>
        <translation>No claims yet.</translation>
    </message>
    <message>
        <source>Selected claim</source>
        <translation>Selected claim</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>New claim</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Claim</translation>
    </message>
    <message>
        <source>&amp;Forum</source>
        <translation>&amp;Forum</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>C&amp;urrency</translation>
    </message>
    <message>
        <source>Claime&amp;d</source>
        <translation>Claime&amp;d</translation>
    </message>
    <message>
        <source>&amp;Offered</source>
        <translation>&amp;Offered</translation>
    </message>
    <message>
        <source>A&amp;warded</source>
        <translation>A&amp;warded</translation>
    </message>
    <message>
        <source>o&amp;n</source>
        <translation>o&amp;n</translation>
    </message>
    <message>
        <source>no&amp;te</source>
        <translation>no&amp;te</translation>
    </message>
    <message>
        <source>No forum yet</source>
        <translation>No forum yet</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>&amp;Save claim</source>
        <translation>&amp;Save claim</translation>
    </message>
    <message>
        <source>&amp;Add claim</source>
        <translation>&amp;Add claim</translation>
    </message>
    <message>
        <source>&amp;Remove claim…</source>
        <translation>&amp;Remove claim…</translation>
    </message>
    <message>
        <source>Nothing paid on this claim yet.</source>
        <translation>Nothing paid on this claim yet.</translation>
    </message>
    <message>
        <source>Payments: %1</source>
        <translation>Payments: %1</translation>
    </message>
    <message>
        <source>Payments are recorded against a saved claim.</source>
        <translation>Payments are recorded against a saved claim.</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Totals per currency</source>
        <translation>Totals per currency</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>Not&amp;es</translation>
    </message>
    <message>
        <source>Pa&amp;id</source>
        <translation>Pa&amp;id</translation>
    </message>
    <message>
        <source>New c&amp;laim</source>
        <translation>New c&amp;laim</translation>
    </message>
    <message>
        <source>Record pa&amp;yment</source>
        <translation>Record pa&amp;yment</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ClientCasesModel</name>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Case types</source>
        <translation>Case types</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ClientConsentsTab</name>
    <message>
        <source>Consent records</source>
        <translation>Consent records</translation>
    </message>
    <message>
        <source>Selected consent withdrawn o&amp;n</source>
        <translation>Selected consent withdrawn o&amp;n</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>With&amp;draw</source>
        <translation>With&amp;draw</translation>
    </message>
    <message>
        <source>The record stays, with the date she withdrew it: it shows what was allowed before.</source>
        <translation>The record stays, with the date she withdrew it: it shows what was allowed before.</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Record a consent</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>&amp;Record consent</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ClientDetailsForm</name>
    <message>
        <source>Full &amp;name</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <source>&amp;Other names</source>
        <translation>&amp;Other names</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <source>N&amp;IK</source>
        <translation>N&amp;IK</translation>
    </message>
    <message>
        <source>&amp;Passport no.</source>
        <translation>&amp;Passport no.</translation>
    </message>
    <message>
        <source>Wh&amp;ere she is</source>
        <translation>Wh&amp;ere she is</translation>
    </message>
    <message>
        <source>Now in &amp;country</source>
        <translation>Now in &amp;country</translation>
    </message>
    <message>
        <source>Now in ci&amp;ty</source>
        <translation>Now in ci&amp;ty</translation>
    </message>
    <message>
        <source>Pre&amp;ferred language</source>
        <translation>Pre&amp;ferred language</translation>
    </message>
    <message>
        <source>Pro&amp;vince</source>
        <translation>Pro&amp;vince</translation>
    </message>
    <message>
        <source>&amp;Regency / city</source>
        <translation>&amp;Regency / city</translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation>&amp;District</translation>
    </message>
    <message>
        <source>Vi&amp;llage</source>
        <translation>Vi&amp;llage</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Next of &amp;kin</source>
        <translation>Next of &amp;kin</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Next of kin&apos;s p&amp;hone</source>
        <translation>Next of kin&apos;s p&amp;hone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>As in her passport or KTP; one name is fine</source>
        <translation>As in her passport or KTP; one name is fine</translation>
    </message>
    <message>
        <source>Nicknames, other spellings, separated by commas</source>
        <translation>Nicknames, other spellings, separated by commas</translation>
    </message>
    <message>
        <source>16 digits, from her KTP</source>
        <translation>16 digits, from her KTP</translation>
    </message>
    <message>
        <source>e.g. Bahasa Indonesia, Jawa</source>
        <translation>e.g. Bahasa Indonesia, Jawa</translation>
    </message>
    <message>
        <source>e.g. mother, husband, sister</source>
        <translation>e.g. mother, husband, sister</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Save changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Undo changes</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ClientListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Other names</translation>
    </message>
    <message>
        <source>Home (village, regency)</source>
        <translation>Home (village, regency)</translation>
    </message>
    <message>
        <source>Now in</source>
        <translation>Now in</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ClientPhoneModel</name>
    <message>
        <source>No longer in use since %1</source>
        <translation>No longer in use since %1</translation>
    </message>
    <message>
        <source>still in use</source>
        <translation>still in use</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>In use from</source>
        <translation>In use from</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ClientPhonesTab</name>
    <message>
        <source>Phone numbers</source>
        <translation>Phone numbers</translation>
    </message>
    <message>
        <source>Add a number</source>
        <translation>Add a number</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>In use &amp;from</source>
        <translation>In use &amp;from</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Selected number no longer in use &amp;since</source>
        <translation>Selected number no longer in use &amp;since</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No longer in use since</source>
        <translation>No longer in use since</translation>
    </message>
    <message>
        <source>e.g. +62 812 3456 7890</source>
        <translation>e.g. +62 812 3456 7890</translation>
    </message>
    <message>
        <source>e.g. her sister&apos;s phone; call after 6 pm</source>
        <translation>e.g. her sister&apos;s phone; call after 6 pm</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>&amp;Add number</source>
        <translation>&amp;Add number</translation>
    </message>
    <message>
        <source>&amp;End this number</source>
        <translation>&amp;End this number</translation>
    </message>
    <message>
        <source>The number stays listed, greyed, with the period it was in use.</source>
        <translation>The number stays listed, greyed, with the period it was in use.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ClientWorkspace</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>The details of this client were changed but not saved.</source>
        <translation>The details of this client were changed but not saved.</translation>
    </message>
    <message>
        <source>Text not added</source>
        <translation>Text not added</translation>
    </message>
    <message>
        <source>You typed something on this tab that is not added yet. Leave it and lose the text?</source>
        <translation>You typed something on this tab that is not added yet. Leave it and lose the text?</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>also known as %1</source>
        <translation>also known as %1</translation>
    </message>
    <message>
        <source>now in %1</source>
        <translation>now in %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>No cases for her yet.</source>
        <translation>No cases for her yet.</translation>
    </message>
    <message>
        <source>Cases (%1)</source>
        <translation>Cases (%1)</translation>
    </message>
    <message>
        <source>← Clients</source>
        <translation>← Clients</translation>
    </message>
    <message>
        <source>Back to the client list (Alt+Left or Esc)</source>
        <translation>Back to the client list (Alt+Left or Esc)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Phone numbers</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Her cases</source>
        <translation>Her cases</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ClientsPage</name>
    <message>
        <source>No clients yet. A client is added when her first case is taken in.</source>
        <translation>No clients yet. A client is added when her first case is taken in.</translation>
    </message>
    <message>
        <source>No client matches “%1”.</source>
        <translation>No client matches “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n best matches are shown. Type more words to narrow the search.</source>
        <translation>
            <numerusform>Only the %n best match is shown. Type more words to narrow the search.</numerusform>
            <numerusform>Only the %n best matches are shown. Type more words to narrow the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching client(s)</source>
        <translation>
            <numerusform>%n matching client</numerusform>
            <numerusform>%n matching clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by name, other name, phone, NIK, passport or village…</source>
        <translation>Search by name, other name, phone, NIK, passport or village…</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Search clients</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Type at least two letters or digits to search.</source>
        <translation>Type at least two letters or digits to search.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ConflictListModel</name>
    <message>
        <source>this laptop</source>
        <translation>this laptop</translation>
    </message>
    <message>
        <source>laptop %1</source>
        <translation>laptop %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Kept everywhere. Written by %1.</source>
        <translation>Kept everywhere. Written by %1.</translation>
    </message>
    <message>
        <source>Replaced. Written by %1.</source>
        <translation>Replaced. Written by %1.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Value kept</translation>
    </message>
    <message>
        <source>Value replaced</source>
        <translation>Value replaced</translation>
    </message>
    <message>
        <source>Deleted while edited</source>
        <translation>Deleted while edited</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>An edit made without seeing the deletion</source>
        <translation>An edit made without seeing the deletion</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ConflictsPanel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; now reads &lt;b&gt;%2&lt;/b&gt; everywhere (written by %3).&lt;br&gt;It replaced &lt;b&gt;%4&lt;/b&gt; (written by %5), because both were changed without seeing each other.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; now reads &lt;b&gt;%2&lt;/b&gt; everywhere (written by %3).&lt;br&gt;It replaced &lt;b&gt;%4&lt;/b&gt; (written by %5), because both were changed without seeing each other.</translation>
    </message>
    <message>
        <source>When two people change the same field without seeing each other&apos;s change (for example both offline), every laptop keeps the later change and lists the other one here, so nothing is lost. Check each one: put the replaced value back, or keep what is there.</source>
        <translation>When two people change the same field without seeing each other&apos;s change (for example both offline), every laptop keeps the later change and lists the other one here, so nothing is lost. Check each one: put the replaced value back, or keep what is there.</translation>
    </message>
    <message>
        <source>No conflicts. Every change made on this laptop and received from others fitted together.</source>
        <translation>No conflicts. Every change made on this laptop and received from others fitted together.</translation>
    </message>
    <message>
        <source>Put the replaced value back</source>
        <translation>Put the replaced value back</translation>
    </message>
    <message>
        <source>Writes the replaced value again, as a new change that reaches every laptop.</source>
        <translation>Writes the replaced value again, as a new change that reaches every laptop.</translation>
    </message>
    <message>
        <source>Keep the current value</source>
        <translation>Keep the current value</translation>
    </message>
    <message>
        <source>Closes this entry on this laptop; nothing is changed.</source>
        <translation>Closes this entry on this laptop; nothing is changed.</translation>
    </message>
    <message>
        <source>Open the record</source>
        <translation>Open the record</translation>
    </message>
    <message>
        <source>Bring the record back</source>
        <translation>Bring the record back</translation>
    </message>
    <message>
        <source>Keep it deleted</source>
        <translation>Keep it deleted</translation>
    </message>
    <message>
        <source>Deleted by %1.&lt;br&gt;An edit by %2 was made without seeing the deletion. It is kept, but not shown while the record is deleted. &lt;b&gt;Bring the record back&lt;/b&gt; restores the record on every laptop, with that edit in it.</source>
        <translation>Deleted by %1.&lt;br&gt;An edit by %2 was made without seeing the deletion. It is kept, but not shown while the record is deleted. &lt;b&gt;Bring the record back&lt;/b&gt; restores the record on every laptop, with that edit in it.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ConsentForm</name>
    <message>
        <source>Shared &amp;with</source>
        <translation>Shared &amp;with</translation>
    </message>
    <message>
        <source>What may be s&amp;hared</source>
        <translation>What may be s&amp;hared</translation>
    </message>
    <message>
        <source>What &amp;for</source>
        <translation>What &amp;for</translation>
    </message>
    <message>
        <source>How she a&amp;greed</source>
        <translation>How she a&amp;greed</translation>
    </message>
    <message>
        <source>Given &amp;on</source>
        <translation>Given &amp;on</translation>
    </message>
    <message>
        <source>An organisation from the directory, or type a name</source>
        <translation>An organisation from the directory, or type a name</translation>
    </message>
    <message>
        <source>e.g. case summary and contact details</source>
        <translation>e.g. case summary and contact details</translation>
    </message>
    <message>
        <source>e.g. to claim her wages at the Labour Department</source>
        <translation>e.g. to claim her wages at the Labour Department</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>Spoken</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Thumbprint</translation>
    </message>
    <message>
        <source>By message (WhatsApp)</source>
        <translation>By message (WhatsApp)</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ConsentModel</name>
    <message>
        <source>Recorded by %1</source>
        <translation>Recorded by %1</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>withdrawn %1</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Shared with</translation>
    </message>
    <message>
        <source>What may be shared</source>
        <translation>What may be shared</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>What for</translation>
    </message>
    <message>
        <source>How she agreed</source>
        <translation>How she agreed</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CreateProfileDialog</name>
    <message>
        <source>Enter your name.</source>
        <translation>Enter your name.</translation>
    </message>
    <message numerus="yes">
        <source>The name can be at most %n characters long.</source>
        <translation>
            <numerusform>The name can be at most %n character long.</numerusform>
            <numerusform>The name can be at most %n characters long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters long.</source>
        <translation>
            <numerusform>The passphrase must be at least %n character long.</numerusform>
            <numerusform>The passphrase must be at least %n characters long.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the passphrase again.</source>
        <translation>The two passphrases are not the same. Type the passphrase again.</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Create profile</translation>
    </message>
    <message>
        <source>A profile keeps your cases on this laptop, encrypted with your passphrase. Each person who uses this laptop should have their own profile.</source>
        <translation>A profile keeps your cases on this laptop, encrypted with your passphrase. Each person who uses this laptop should have their own profile.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>&amp;Repeat passphrase</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. A short sentence that only you know is easy to remember and hard to guess.</source>
        <translation>
            <numerusform>At least %n character. A short sentence that only you know is easy to remember and hard to guess.</numerusform>
            <numerusform>At least %n characters. A short sentence that only you know is easy to remember and hard to guess.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the profile…</source>
        <translation>Creating the profile…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>lintas::ui::DeadlineModel</name>
    <message>
        <source>Done %1</source>
        <translation>Done %1</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>Set by hand</translation>
    </message>
    <message>
        <source>Rule %1 (version %2), counted from %3.
Source: %4</source>
        <translation>Rule %1 (version %2), counted from %3.
Source: %4</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Where the date comes from</source>
        <translation>Where the date comes from</translation>
    </message>
</context>
<context>
    <name>lintas::ui::DeadlinesTab</name>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Mark &amp;done</translation>
    </message>
    <message>
        <source>&amp;Suggest from the rules…</source>
        <translation>&amp;Suggest from the rules…</translation>
    </message>
    <message>
        <source>Deadlines the law sets for this kind of case, counted from dates you give.</source>
        <translation>Deadlines the law sets for this kind of case, counted from dates you give.</translation>
    </message>
    <message>
        <source>Add a deadline, hearing or task</source>
        <translation>Add a deadline, hearing or task</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <source>D&amp;ue on</source>
        <translation>D&amp;ue on</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>e.g. Hearing at the Labour Tribunal</source>
        <translation>e.g. Hearing at the Labour Tribunal</translation>
    </message>
    <message>
        <source>&amp;Add deadline</source>
        <translation>&amp;Add deadline</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
</context>
<context>
    <name>lintas::ui::DirectoryPage</name>
    <message>
        <source>This directory entry was changed but not saved.</source>
        <translation>This directory entry was changed but not saved.</translation>
    </message>
    <message>
        <source>Delete directory entry</source>
        <translation>Delete directory entry</translation>
    </message>
    <message>
        <source>Delete “%1” from the directory? Referrals already made to it keep its name.</source>
        <translation>Delete “%1” from the directory? Referrals already made to it keep its name.</translation>
    </message>
    <message>
        <source>The directory is empty. Add the offices you work with with “+ New entry”.</source>
        <translation>The directory is empty. Add the offices you work with with “+ New entry”.</translation>
    </message>
    <message>
        <source>No entry matches. Try another country or kind, or fewer words.</source>
        <translation>No entry matches. Try another country or kind, or fewer words.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Name, town or service, e.g. “legal aid Surabaya”</source>
        <translation>Name, town or service, e.g. “legal aid Surabaya”</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Search the directory</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>Countr&amp;y:</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <source>Ty&amp;pe:</source>
        <translation>Ty&amp;pe:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>+ &amp;New entry</source>
        <translation>+ &amp;New entry</translation>
    </message>
    <message>
        <source>Add an office or organisation to the directory (Ctrl+N)</source>
        <translation>Add an office or organisation to the directory (Ctrl+N)</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directory</translation>
    </message>
    <message>
        <source>Choose an entry on the left to see its phone numbers and services.</source>
        <translation>Choose an entry on the left to see its phone numbers and services.</translation>
    </message>
    <message>
        <source>New directory entry</source>
        <translation>New directory entry</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete this entry from the directory</source>
        <translation>Delete this entry from the directory</translation>
    </message>
</context>
<context>
    <name>lintas::ui::DocumentOutput</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>This case is no longer on this laptop: it may have been deleted on another device. Go back to the case list and open it again.</source>
        <translation>This case is no longer on this laptop: it may have been deleted on another device. Go back to the case list and open it again.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::DuplicateWarning</name>
    <message>
        <source>same NIK</source>
        <translation>same NIK</translation>
    </message>
    <message>
        <source>same passport</source>
        <translation>same passport</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation>same phone %1</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>similar name</translation>
    </message>
    <message>
        <source>same names in another order</source>
        <translation>same names in another order</translation>
    </message>
    <message>
        <source>part of the name</source>
        <translation>part of the name</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>same date of birth</translation>
    </message>
    <message>
        <source>different NIK</source>
        <translation>different NIK</translation>
    </message>
    <message>
        <source>different date of birth</source>
        <translation>different date of birth</translation>
    </message>
    <message>
        <source>different father&apos;s name</source>
        <translation>different father&apos;s name</translation>
    </message>
    <message>
        <source>Almost certainly</source>
        <translation>Almost certainly</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Likely</translation>
    </message>
    <message>
        <source>Possibly</source>
        <translation>Possibly</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>born %1</translation>
    </message>
    <message>
        <source>but: %1</source>
        <translation>but: %1</translation>
    </message>
    <message>
        <source>She may already be in Lintas. Check with her before you register her again:</source>
        <translation>She may already be in Lintas. Check with her before you register her again:</translation>
    </message>
    <message>
        <source>Clients who may be the same person</source>
        <translation>Clients who may be the same person</translation>
    </message>
    <message>
        <source>&amp;Use this client</source>
        <translation>&amp;Use this client</translation>
    </message>
    <message>
        <source>Take the new case for the selected client instead of registering her again</source>
        <translation>Take the new case for the selected client instead of registering her again</translation>
    </message>
</context>
<context>
    <name>lintas::ui::GlobalSearchBox</name>
    <message>
        <source>Search clients, cases, notes (%1)</source>
        <translation>Search clients, cases, notes (%1)</translation>
    </message>
    <message>
        <source>Search clients, cases and notes</source>
        <translation>Search clients, cases and notes</translation>
    </message>
    <message>
        <source>Name, phone, NIK, passport, village, case reference or words from notes (%1)</source>
        <translation>Name, phone, NIK, passport, village, case reference or words from notes (%1)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
    <message>
        <source>The first %1 matches. Type more to narrow them down.</source>
        <translation>The first %1 matches. Type more to narrow them down.</translation>
    </message>
    <message>
        <source>Type at least two letters or digits to search.</source>
        <translation>Type at least two letters or digits to search.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::GlobalSearchModel</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>lintas::ui::HandOffDialog</name>
    <message>
        <source>Save hand-over record</source>
        <translation>Save hand-over record</translation>
    </message>
    <message>
        <source>Print hand-over record</source>
        <translation>Print hand-over record</translation>
    </message>
    <message>
        <source>The hand-over record could not be printed. Check the printer and try again, or save it as PDF and print it from another computer.</source>
        <translation>The hand-over record could not be printed. Check the printer and try again, or save it as PDF and print it from another computer.</translation>
    </message>
    <message>
        <source>Saved as %1. It contains personal data: delete the file once it is printed or sent, and do not leave it on a shared computer.</source>
        <translation>Saved as %1. It contains personal data: delete the file once it is printed or sent, and do not leave it on a shared computer.</translation>
    </message>
    <message>
        <source>Hand-over record</source>
        <translation>Hand-over record</translation>
    </message>
    <message>
        <source>The hand-over record (berita acara serah terima) is signed by both sides when this case passes to another caseworker or organisation. Fields left empty print as lines to fill in by hand. It is printed in the language Lintas is shown in now.</source>
        <translation>The hand-over record (berita acara serah terima) is signed by both sides when this case passes to another caseworker or organisation. Fields left empty print as lines to fill in by hand. It is printed in the language Lintas is shown in now.</translation>
    </message>
    <message>
        <source>Handed over &amp;by</source>
        <translation>Handed over &amp;by</translation>
    </message>
    <message>
        <source>&amp;Your organisation</source>
        <translation>&amp;Your organisation</translation>
    </message>
    <message>
        <source>&amp;Received by</source>
        <translation>&amp;Received by</translation>
    </message>
    <message>
        <source>Receiving &amp;organisation</source>
        <translation>Receiving &amp;organisation</translation>
    </message>
    <message>
        <source>Pla&amp;ce</source>
        <translation>Pla&amp;ce</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Docu&amp;ments handed over</source>
        <translation>Docu&amp;ments handed over</translation>
    </message>
    <message>
        <source>One document per line, for example:
Copy of passport
Payslips January–June 2026
Labour Department referral letter</source>
        <translation>One document per line, for example:
Copy of passport
Payslips January–June 2026
Labour Department referral letter</translation>
    </message>
    <message>
        <source>Name of the person who receives the case</source>
        <translation>Name of the person who receives the case</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>lintas::ui::HandOffSheet</name>
    <message>
        <source>This record is made truthfully, to be used as appropriate.</source>
        <translation>This record is made truthfully, to be used as appropriate.</translation>
    </message>
    <message>
        <source>(unknown client)</source>
        <translation>(unknown client)</translation>
    </message>
    <message>
        <source>CASE HAND-OVER RECORD</source>
        <translation>CASE HAND-OVER RECORD</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Number: %1</translation>
    </message>
    <message>
        <source>On %1, at %2, we the undersigned:</source>
        <translation>On %1, at %2, we the undersigned:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>hereinafter called the &lt;b&gt;FIRST PARTY&lt;/b&gt; (handing over);</source>
        <translation>hereinafter called the &lt;b&gt;FIRST PARTY&lt;/b&gt; (handing over);</translation>
    </message>
    <message>
        <source>hereinafter called the &lt;b&gt;SECOND PARTY&lt;/b&gt; (receiving).</source>
        <translation>hereinafter called the &lt;b&gt;SECOND PARTY&lt;/b&gt; (receiving).</translation>
    </message>
    <message>
        <source>The FIRST PARTY hands over to the SECOND PARTY, and the SECOND PARTY receives from the FIRST PARTY, the handling of the following case together with the documents listed below.</source>
        <translation>The FIRST PARTY hands over to the SECOND PARTY, and the SECOND PARTY receives from the FIRST PARTY, the handling of the following case together with the documents listed below.</translation>
    </message>
    <message>
        <source>A. The case</source>
        <translation>A. The case</translation>
    </message>
    <message>
        <source>%1 claimed, %2 paid so far</source>
        <translation>%1 claimed, %2 paid so far</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Case reference</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Case types</source>
        <translation>Case types</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Key demands</source>
        <translation>Key demands</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Open deadlines</source>
        <translation>Open deadlines</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>B. Documents handed over</source>
        <translation>B. Documents handed over</translation>
    </message>
    <message>
        <source>No documents are handed over with this record.</source>
        <translation>No documents are handed over with this record.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation>Original or copy</translation>
    </message>
    <message>
        <source>C. The client&apos;s consent</source>
        <translation>C. The client&apos;s consent</translation>
    </message>
    <message>
        <source>No consent in force is recorded for this client. Ask for her consent before the case is handed over, and record it.</source>
        <translation>No consent in force is recorded for this client. Ask for her consent before the case is handed over, and record it.</translation>
    </message>
    <message>
        <source>Consent records in force:</source>
        <translation>Consent records in force:</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Shared with</translation>
    </message>
    <message>
        <source>What may be shared</source>
        <translation>What may be shared</translation>
    </message>
    <message>
        <source>How given</source>
        <translation>How given</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>None of these records names %1: confirm the client&apos;s consent to this hand-over.</source>
        <translation>None of these records names %1: confirm the client&apos;s consent to this hand-over.</translation>
    </message>
    <message>
        <source>I, %1, agree that my case and the documents listed above are handed over to %2.</source>
        <translation>I, %1, agree that my case and the documents listed above are handed over to %2.</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>(signature)</source>
        <translation>(signature)</translation>
    </message>
    <message>
        <source>Handed over by,</source>
        <translation>Handed over by,</translation>
    </message>
    <message>
        <source>FIRST PARTY</source>
        <translation>FIRST PARTY</translation>
    </message>
    <message>
        <source>Acknowledged and agreed by,</source>
        <translation>Acknowledged and agreed by,</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>CLIENT</translation>
    </message>
    <message>
        <source>(signature or thumbprint)</source>
        <translation>(signature or thumbprint)</translation>
    </message>
    <message>
        <source>Received by,</source>
        <translation>Received by,</translation>
    </message>
    <message>
        <source>SECOND PARTY</source>
        <translation>SECOND PARTY</translation>
    </message>
    <message>
        <source>Case hand-over record %1</source>
        <translation>Case hand-over record %1</translation>
    </message>
    <message>
        <source>Case hand-over record %1.pdf</source>
        <translation>Case hand-over record %1.pdf</translation>
    </message>
    <message>
        <source>The referral to %1 was sent without her recorded consent, on the decision of %2: %3</source>
        <translation>The referral to %1 was sent without her recorded consent, on the decision of %2: %3</translation>
    </message>
    <message>
        <source>(unknown organisation)</source>
        <translation>(unknown organisation)</translation>
    </message>
    <message>
        <source>confidential notes (%1)</source>
        <translation>confidential notes (%1)</translation>
    </message>
    <message>
        <source>notes (%1)</source>
        <translation>notes (%1)</translation>
    </message>
    <message>
        <source>claims and their payments (%1)</source>
        <translation>claims and their payments (%1)</translation>
    </message>
    <message>
        <source>deadlines and tasks (%1)</source>
        <translation>deadlines and tasks (%1)</translation>
    </message>
    <message>
        <source>the client&apos;s phone numbers (%1)</source>
        <translation>the client&apos;s phone numbers (%1)</translation>
    </message>
    <message>
        <source>links to parties (%1)</source>
        <translation>links to parties (%1)</translation>
    </message>
    <message>
        <source>The hand-off file carries the case, the client&apos;s record, her consents and the referrals, with: %1.</source>
        <translation>The hand-off file carries the case, the client&apos;s record, her consents and the referrals, with: %1.</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation>nothing more</translation>
    </message>
    <message>
        <source>Not shared: %1.</source>
        <translation>Not shared: %1.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
</context>
<context>
    <name>lintas::ui::HandoffAddressDialog</name>
    <message>
        <source>Copied. Paste it into a message to the sender.</source>
        <translation>Copied. Paste it into a message to the sender.</translation>
    </message>
    <message>
        <source>My hand-off address</source>
        <translation>My hand-off address</translation>
    </message>
    <message>
        <source>Someone who wants to hand a case over to you (%1) needs this address: give them the code or let them scan the QR code. The file they make can be opened only on this laptop. Read the fingerprint to each other by phone before they send it.</source>
        <translation>Someone who wants to hand a case over to you (%1) needs this address: give them the code or let them scan the QR code. The file they make can be opened only on this laptop. Read the fingerprint to each other by phone before they send it.</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>&amp;Copy the address</source>
        <translation>&amp;Copy the address</translation>
    </message>
    <message>
        <source>The code with your name, to paste into a message</source>
        <translation>The code with your name, to paste into a message</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
</context>
<context>
    <name>lintas::ui::HandoffFiles</name>
    <message>
        <source>Lintas hand-off (*.%1);;All files (*)</source>
        <translation>Lintas hand-off (*.%1);;All files (*)</translation>
    </message>
</context>
<context>
    <name>lintas::ui::HandoffInboxBox</name>
    <message>
        <source>No hand-off waiting for your answer.</source>
        <translation>No hand-off waiting for your answer.</translation>
    </message>
    <message>
        <source>Open a hand-off file</source>
        <translation>Open a hand-off file</translation>
    </message>
    <message>
        <source>Case %1 from %2, fingerprint %3. Compare the fingerprint with the sender by phone before you accept it.</source>
        <translation>Case %1 from %2, fingerprint %3. Compare the fingerprint with the sender by phone before you accept it.</translation>
    </message>
    <message>
        <source>It was opened here before, on %1: nothing changed.</source>
        <translation>It was opened here before, on %1: nothing changed.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) came in: the case, its client and what is attached to them.</source>
        <translation>
            <numerusform>%n record came in: the case, its client and what is attached to them.</numerusform>
            <numerusform>%n records came in: the case, its client and what is attached to them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the reply for the sender</source>
        <translation>Save the reply for the sender</translation>
    </message>
    <message>
        <source>Reply %1</source>
        <translation>Reply %1</translation>
    </message>
    <message>
        <source>Decline the hand-off</source>
        <translation>Decline the hand-off</translation>
    </message>
    <message>
        <source>Why do you decline this case? The sender reads this in their referral.</source>
        <translation>Why do you decline this case? The sender reads this in their referral.</translation>
    </message>
    <message>
        <source>Write why you decline the case: the sender reads it.</source>
        <translation>Write why you decline the case: the sender reads it.</translation>
    </message>
    <message>
        <source>You accepted case %1. Send the reply file to %2.</source>
        <translation>You accepted case %1. Send the reply file to %2.</translation>
    </message>
    <message>
        <source>You declined case %1. Send the reply file to %2.</source>
        <translation>You declined case %1. Send the reply file to %2.</translation>
    </message>
    <message>
        <source>Hand-offs received</source>
        <translation>Hand-offs received</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Sender&apos;s fingerprint</source>
        <translation>Sender&apos;s fingerprint</translation>
    </message>
    <message>
        <source>Opened here</source>
        <translation>Opened here</translation>
    </message>
    <message>
        <source>Hand-offs waiting for your answer</source>
        <translation>Hand-offs waiting for your answer</translation>
    </message>
    <message>
        <source>Open a hand-o&amp;ff file…</source>
        <translation>Open a hand-o&amp;ff file…</translation>
    </message>
    <message>
        <source>Take in a case another organisation sent you as a file</source>
        <translation>Take in a case another organisation sent you as a file</translation>
    </message>
    <message>
        <source>My hand-off add&amp;ress…</source>
        <translation>My hand-off add&amp;ress…</translation>
    </message>
    <message>
        <source>What others need to send you a case</source>
        <translation>What others need to send you a case</translation>
    </message>
    <message>
        <source>Open the &amp;case</source>
        <translation>Open the &amp;case</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>&amp;Accept…</translation>
    </message>
    <message>
        <source>Take the case on, and save the reply file for the sender</source>
        <translation>Take the case on, and save the reply file for the sender</translation>
    </message>
    <message>
        <source>Decl&amp;ine…</source>
        <translation>Decl&amp;ine…</translation>
    </message>
    <message>
        <source>Say why you cannot take the case on, and save the reply file for the sender</source>
        <translation>Say why you cannot take the case on, and save the reply file for the sender</translation>
    </message>
    <message>
        <source>Shared space: %1</source>
        <translation>Shared space: %1</translation>
    </message>
    <message>
        <source>You accepted case %1. %2 sees it at the next sync.</source>
        <translation>You accepted case %1. %2 sees it at the next sync.</translation>
    </message>
    <message>
        <source>You declined case %1. %2 sees why at the next sync.</source>
        <translation>You declined case %1. %2 sees why at the next sync.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::HandoffSendDialog</name>
    <message>
        <source>Type the code the recipient gives you, or paste the text of their QR code.</source>
        <translation>Type the code the recipient gives you, or paste the text of their QR code.</translation>
    </message>
    <message>
        <source>(name not in a typed code)</source>
        <translation>(name not in a typed code)</translation>
    </message>
    <message>
        <source>Recipient: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Fingerprint: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;Read the fingerprint to the recipient by phone: save the file only if it matches theirs.</source>
        <translation>Recipient: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Fingerprint: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;Read the fingerprint to the recipient by phone: save the file only if it matches theirs.</translation>
    </message>
    <message>
        <source>Saved in %1. The referral is marked sent. Send the file to the recipient (USB stick, e-mail, WhatsApp); only their laptop can open it.</source>
        <translation>Saved in %1. The referral is marked sent. Send the file to the recipient (USB stick, e-mail, WhatsApp); only their laptop can open it.</translation>
    </message>
    <message>
        <source>The referral</source>
        <translation>The referral</translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation>Hand-off</translation>
    </message>
    <message>
        <source>Save the hand-off file</source>
        <translation>Save the hand-off file</translation>
    </message>
    <message>
        <source>Hand off as a file</source>
        <translation>Hand off as a file</translation>
    </message>
    <message>
        <source>The case goes to the recipient as a locked file that only their laptop can open. They accept or decline it and send you a reply file; read it in with “Read the reply file…”.</source>
        <translation>The case goes to the recipient as a locked file that only their laptop can open. They accept or decline it and send you a reply file; read it in with “Read the reply file…”.</translation>
    </message>
    <message>
        <source>Recipient&apos;s hand-off &amp;address:</source>
        <translation>Recipient&apos;s hand-off &amp;address:</translation>
    </message>
    <message>
        <source>Recipient&apos;s hand-off address</source>
        <translation>Recipient&apos;s hand-off address</translation>
    </message>
    <message>
        <source>&amp;Print the hand-over record…</source>
        <translation>&amp;Print the hand-over record…</translation>
    </message>
    <message>
        <source>The berita acara serah terima, to sign on both sides</source>
        <translation>The berita acara serah terima, to sign on both sides</translation>
    </message>
    <message>
        <source>&amp;Save the hand-off file…</source>
        <translation>&amp;Save the hand-off file…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>What is shared</source>
        <translation>What is shared</translation>
    </message>
    <message>
        <source>C&amp;onfidential notes (%1)</source>
        <translation>C&amp;onfidential notes (%1)</translation>
    </message>
    <message>
        <source>Other &amp;notes, the timeline (%1)</source>
        <translation>Other &amp;notes, the timeline (%1)</translation>
    </message>
    <message>
        <source>Clai&amp;ms and their payments (%1)</source>
        <translation>Clai&amp;ms and their payments (%1)</translation>
    </message>
    <message>
        <source>&amp;Deadlines and tasks (%1)</source>
        <translation>&amp;Deadlines and tasks (%1)</translation>
    </message>
    <message>
        <source>Her p&amp;hone numbers (%1)</source>
        <translation>Her p&amp;hone numbers (%1)</translation>
    </message>
    <message>
        <source>Lin&amp;ks to employer, agency, lenders (%1)</source>
        <translation>Lin&amp;ks to employer, agency, lenders (%1)</translation>
    </message>
    <message>
        <source>Notes marked confidential, with their corrections. Not shared unless ticked.</source>
        <translation>Notes marked confidential, with their corrections. Not shared unless ticked.</translation>
    </message>
    <message>
        <source>Leave them out if someone who could harm her may see the recipient&apos;s records.</source>
        <translation>Leave them out if someone who could harm her may see the recipient&apos;s records.</translation>
    </message>
    <message>
        <source>Always shared: the case itself, the client&apos;s record, her consents (the proof that she agreed) and the referrals. Nothing of her other cases.</source>
        <translation>Always shared: the case itself, the client&apos;s record, her consents (the proof that she agreed) and the referrals. Nothing of her other cases.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::HeldDeletionsBox</name>
    <message>
        <source>Deletions waiting for your decision</source>
        <translation>Deletions waiting for your decision</translation>
    </message>
    <message>
        <source>Another laptop deleted many records at once. That can be a mistake, or a laptop that is broken or in the wrong hands, so these deletions were held back: nothing is deleted here until you decide. Keeping the records brings them back on every laptop.</source>
        <translation>Another laptop deleted many records at once. That can be a mistake, or a laptop that is broken or in the wrong hands, so these deletions were held back: nothing is deleted here until you decide. Keeping the records brings them back on every laptop.</translation>
    </message>
    <message numerus="yes">
        <source>%1 deleted %n record(s) of the kind &quot;%2&quot; (received %3).</source>
        <translation>
            <numerusform>%1 deleted %n record of the kind &quot;%2&quot; (received %3).</numerusform>
            <numerusform>%1 deleted %n records of the kind &quot;%2&quot; (received %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Keep them</translation>
    </message>
    <message>
        <source>Delete them here too…</source>
        <translation>Delete them here too…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)?</source>
        <translation>
            <numerusform>Delete %n record?</numerusform>
            <numerusform>Delete %n records?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted on %1 will be deleted on this laptop too.</source>
        <translation>
            <numerusform>%n record deleted on %1 will be deleted on this laptop too.</numerusform>
            <numerusform>%n records deleted on %1 will be deleted on this laptop too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lintas::ui::IntakeChronologyStep</name>
    <message>
        <source>Chronology</source>
        <translation>Chronology</translation>
    </message>
    <message>
        <source>What happened, in order (&amp;kronologi)</source>
        <translation>What happened, in order (&amp;kronologi)</translation>
    </message>
    <message>
        <source>When she left, the agency and the employer, what went wrong and when, what she has done about it so far, which papers she has.</source>
        <translation>When she left, the agency and the employer, what went wrong and when, what she has done about it so far, which papers she has.</translation>
    </message>
    <message>
        <source>Dates the law counts deadlines from. Tick the ones she knows; Lintas adds the deadlines to the case.</source>
        <translation>Dates the law counts deadlines from. Tick the ones she knows; Lintas adds the deadlines to the case.</translation>
    </message>
    <message>
        <source>Tick what happened on the previous step to see which dates matter for deadlines.</source>
        <translation>Tick what happened on the previous step to see which dates matter for deadlines.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::IntakeClientStep</name>
    <message>
        <source>This case is for %1, who is already in Lintas. Her details are not changed here.</source>
        <translation>This case is for %1, who is already in Lintas. Her details are not changed here.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Other names</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Passport no.</source>
        <translation>Passport no.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Where she is</source>
        <translation>Where she is</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Regency / city</source>
        <translation>Regency / city</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Now in country</source>
        <translation>Now in country</translation>
    </message>
    <message>
        <source>Now in city</source>
        <translation>Now in city</translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation>Next of kin</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Next of kin&apos;s phone</source>
        <translation>Next of kin&apos;s phone</translation>
    </message>
    <message>
        <source>As in her passport or KTP; one name is fine</source>
        <translation>As in her passport or KTP; one name is fine</translation>
    </message>
    <message>
        <source>Nicknames, other spellings, separated by commas</source>
        <translation>Nicknames, other spellings, separated by commas</translation>
    </message>
    <message>
        <source>16 digits, from her KTP</source>
        <translation>16 digits, from her KTP</translation>
    </message>
    <message>
        <source>e.g. +62 812 3456 7890, +852 6123 4567</source>
        <translation>e.g. +62 812 3456 7890, +852 6123 4567</translation>
    </message>
    <message>
        <source>e.g. Bahasa Indonesia, Jawa</source>
        <translation>e.g. Bahasa Indonesia, Jawa</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>New client instead</source>
        <translation>New client instead</translation>
    </message>
    <message>
        <source>Full na&amp;me</source>
        <translation>Full na&amp;me</translation>
    </message>
</context>
<context>
    <name>lintas::ui::IntakeConsentStep</name>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Explain to her who would see her story and why. Record her consent only if she gives it; she can withdraw it at any time. Without it, nothing about her is shared.</source>
        <translation>Explain to her who would see her story and why. Record her consent only if she gives it; she can withdraw it at any time. Without it, nothing about her is shared.</translation>
    </message>
    <message>
        <source>She &amp;agrees that her case may be shared</source>
        <translation>She &amp;agrees that her case may be shared</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>What may be shared</source>
        <translation>What may be shared</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>What for</translation>
    </message>
    <message>
        <source>How she agreed</source>
        <translation>How she agreed</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>e.g. case summary and contact details</source>
        <translation>e.g. case summary and contact details</translation>
    </message>
    <message>
        <source>e.g. to claim her wages at the Labour Department</source>
        <translation>e.g. to claim her wages at the Labour Department</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>Spoken</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Thumbprint</translation>
    </message>
    <message>
        <source>By message (WhatsApp)</source>
        <translation>By message (WhatsApp)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>lintas::ui::IntakeDemandsStep</name>
    <message>
        <source>Demands</source>
        <translation>Demands</translation>
    </message>
    <message>
        <source>What she wants (&amp;tuntutan)</source>
        <translation>What she wants (&amp;tuntutan)</translation>
    </message>
    <message>
        <source>e.g. her unpaid wages, her passport back, the agency fee refunded, to go home</source>
        <translation>e.g. her unpaid wages, her passport back, the agency fee refunded, to go home</translation>
    </message>
    <message>
        <source>Money claims</source>
        <translation>Money claims</translation>
    </message>
    <message>
        <source>Add a money &amp;claim</source>
        <translation>Add a money &amp;claim</translation>
    </message>
    <message>
        <source>Claim %1: kind</source>
        <translation>Claim %1: kind</translation>
    </message>
    <message>
        <source>Claim %1: currency</source>
        <translation>Claim %1: currency</translation>
    </message>
    <message>
        <source>Claim %1: amount</source>
        <translation>Claim %1: amount</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Claim %1: forum</source>
        <translation>Claim %1: forum</translation>
    </message>
    <message>
        <source>Forum not known yet</source>
        <translation>Forum not known yet</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove claim %1</source>
        <translation>Remove claim %1</translation>
    </message>
</context>
<context>
    <name>lintas::ui::IntakePage</name>
    <message>
        <source>Draft saved at %1</source>
        <translation>Draft saved at %1</translation>
    </message>
    <message>
        <source>Discard intake</source>
        <translation>Discard intake</translation>
    </message>
    <message>
        <source>Throw away everything typed in this intake? This cannot be undone.</source>
        <translation>Throw away everything typed in this intake? This cannot be undone.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>New case: %1</source>
        <translation>New case: %1</translation>
    </message>
    <message>
        <source>Intake steps</source>
        <translation>Intake steps</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Keep what was typed as a draft and go back to the cases</source>
        <translation>Keep what was typed as a draft and go back to the cases</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Discard…</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S). Drafts stay on this laptop only.</source>
        <translation>Save draft (Ctrl+S). Drafts stay on this laptop only.</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <source>Previous step (Ctrl+Page Up)</source>
        <translation>Previous step (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Next →</translation>
    </message>
    <message>
        <source>Next step (Ctrl+Page Down)</source>
        <translation>Next step (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>&amp;Create case</source>
        <translation>&amp;Create case</translation>
    </message>
</context>
<context>
    <name>lintas::ui::IntakeProblemsStep</name>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>What happened (tick all that apply)</source>
        <translation>What happened (tick all that apply)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Short title</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>e.g. Unpaid wages, employer in Kowloon</source>
        <translation>e.g. Unpaid wages, employer in Kowloon</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>She is not safe now (abuse, threats, no place to stay)</source>
        <translation>She is not safe now (abuse, threats, no place to stay)</translation>
    </message>
</context>
<context>
    <name>lintas::ui::IntakeReviewStep</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>already in Lintas</source>
        <translation>already in Lintas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>(missing: needed)</source>
        <translation>(missing: needed)</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Passport no.</source>
        <translation>Passport no.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>(missing: tick at least one)</source>
        <translation>(missing: tick at least one)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>She is not safe now</source>
        <translation>She is not safe now</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Chronology</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>Demands</translation>
    </message>
    <message>
        <source>amount not known yet</source>
        <translation>amount not known yet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>&quot;%1&quot; is not an amount</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>to share with %1 (%2)</source>
        <translation>to share with %1 (%2)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Deadlines that will be added</source>
        <translation>Deadlines that will be added</translation>
    </message>
    <message>
        <source>None: give the dates on the Chronology step to have them counted, or add deadlines later.</source>
        <translation>None: give the dates on the Chronology step to have them counted, or add deadlines later.</translation>
    </message>
    <message>
        <source>already passed</source>
        <translation>already passed</translation>
    </message>
</context>
<context>
    <name>lintas::ui::InviteDialog</name>
    <message>
        <source>Invite a colleague</source>
        <translation>Invite a colleague</translation>
    </message>
    <message>
        <source>Give this code to your colleague in person or by phone, or send them the link. It works once. When their laptop asks to join, it appears under &quot;Waiting for approval&quot;: approve it only when the fingerprint they read to you matches.</source>
        <translation>Give this code to your colleague in person or by phone, or send them the link. It works once. When their laptop asks to join, it appears under &quot;Waiting for approval&quot;: approve it only when the fingerprint they read to you matches.</translation>
    </message>
    <message>
        <source>Join link (the QR code holds the same):</source>
        <translation>Join link (the QR code holds the same):</translation>
    </message>
    <message>
        <source>Valid until %1. It is shown only now: write it down or send it before closing.</source>
        <translation>Valid until %1. It is shown only now: write it down or send it before closing.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
</context>
<context>
    <name>lintas::ui::JoinPanel</name>
    <message>
        <source>This join link is incomplete or mistyped. Copy it again from the admin&apos;s message.</source>
        <translation>This join link is incomplete or mistyped. Copy it again from the admin&apos;s message.</translation>
    </message>
    <message>
        <source>Type the join code your admin gave you, or paste the whole join link.</source>
        <translation>Type the join code your admin gave you, or paste the whole join link.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address as your admin gave it, for example https://sync.example.org.</source>
        <translation>Type the server&apos;s address as your admin gave it, for example https://sync.example.org.</translation>
    </message>
    <message>
        <source>Joining… checking the code with the server.</source>
        <translation>Joining… checking the code with the server.</translation>
    </message>
    <message>
        <source>Asking the server whether the admin has approved this laptop…</source>
        <translation>Asking the server whether the admin has approved this laptop…</translation>
    </message>
    <message>
        <source>Joined %1.</source>
        <translation>Joined %1.</translation>
    </message>
    <message>
        <source>Waiting for the admin&apos;s approval.</source>
        <translation>Waiting for the admin&apos;s approval.</translation>
    </message>
    <message>
        <source>This code is mistyped: a letter is missing, extra or swapped. Check it against the admin&apos;s message.</source>
        <translation>This code is mistyped: a letter is missing, extra or swapped. Check it against the admin&apos;s message.</translation>
    </message>
    <message>
        <source>This code has already been used. Ask your admin for a new one.</source>
        <translation>This code has already been used. Ask your admin for a new one.</translation>
    </message>
    <message>
        <source>This code has expired. Ask your admin for a new one.</source>
        <translation>This code has expired. Ask your admin for a new one.</translation>
    </message>
    <message>
        <source>The server does not know this code. Check the code and the server address.</source>
        <translation>The server does not know this code. Check the code and the server address.</translation>
    </message>
    <message>
        <source>Could not reach the server. Check the address and the connection, then try again.</source>
        <translation>Could not reach the server. Check the address and the connection, then try again.</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not check out, so this laptop did not join. Tell your admin: someone may be interfering with the connection.</source>
        <translation>The server&apos;s answer did not check out, so this laptop did not join. Tell your admin: someone may be interfering with the connection.</translation>
    </message>
    <message>
        <source>Join your organisation to share cases with your colleagues and keep an encrypted copy on its server. Your admin gives you a join code, or a link that starts with &quot;lintas:join&quot;. The server never sees what is in your cases.</source>
        <translation>Join your organisation to share cases with your colleagues and keep an encrypted copy on its server. Your admin gives you a join code, or a link that starts with &quot;lintas:join&quot;. The server never sees what is in your cases.</translation>
    </message>
    <message>
        <source>Join &amp;code or link:</source>
        <translation>Join &amp;code or link:</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <source>&amp;Name of this laptop:</source>
        <translation>&amp;Name of this laptop:</translation>
    </message>
    <message>
        <source>e.g. Dewi&apos;s laptop, Lampung office</source>
        <translation>e.g. Dewi&apos;s laptop, Lampung office</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Join</translation>
    </message>
    <message>
        <source>Read this fingerprint to your admin (by phone or in person). The admin approves this laptop when it matches the one on their screen:</source>
        <translation>Read this fingerprint to your admin (by phone or in person). The admin approves this laptop when it matches the one on their screen:</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>This recovery link is incomplete or mistyped. Check it against the organisation&apos;s recovery sheet.</source>
        <translation>This recovery link is incomplete or mistyped. Check it against the organisation&apos;s recovery sheet.</translation>
    </message>
    <message>
        <source>Restoring the organisation with its recovery key…</source>
        <translation>Restoring the organisation with its recovery key…</translation>
    </message>
    <message>
        <source>The server knows no recovery key with this code for this organisation. Check the code against the sheet.</source>
        <translation>The server knows no recovery key with this code for this organisation. Check the code against the sheet.</translation>
    </message>
    <message>
        <source>Join a space another organisation shares with yours, to take over or follow a case with them. Their admin gives you a join code or a link that starts with &quot;lintas:join&quot;, and approves this laptop when you read out its fingerprint.</source>
        <translation>Join a space another organisation shares with yours, to take over or follow a case with them. Their admin gives you a join code or a link that starts with &quot;lintas:join&quot;, and approves this laptop when you read out its fingerprint.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::KeptInputBar</name>
    <message>
        <source>What you typed here before Lintas locked or closed at %1 is back. It is not saved yet: save it or discard it.</source>
        <translation>What you typed here before Lintas locked or closed at %1 is back. It is not saved yet: save it or discard it.</translation>
    </message>
    <message>
        <source>Discard what was typed</source>
        <translation>Discard what was typed</translation>
    </message>
    <message>
        <source>Put the form back as it was saved and forget the text typed before the lock</source>
        <translation>Put the form back as it was saved and forget the text typed before the lock</translation>
    </message>
</context>
<context>
    <name>lintas::ui::LanguageSwitch</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>lintas::ui::LinkPartyDialog</name>
    <message>
        <source>Link a party to this case</source>
        <translation>Link a party to this case</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Type part of the name…</source>
        <translation>Type part of the name…</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>&amp;Role in this case:</source>
        <translation>&amp;Role in this case:</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Not said</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>e.g. placed her in 2019, holds her passport</source>
        <translation>e.g. placed her in 2019, holds her passport</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>&amp;New party…</source>
        <translation>&amp;New party…</translation>
    </message>
    <message>
        <source>The party is not in the list: add it and link it</source>
        <translation>The party is not in the list: add it and link it</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>lintas::ui::LinkRoleDialog</name>
    <message>
        <source>Role in this case</source>
        <translation>Role in this case</translation>
    </message>
    <message>
        <source>What does %1 do in this case?</source>
        <translation>What does %1 do in this case?</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Not said</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>lintas::ui::LinkedPartiesModel</name>
    <message numerus="yes">
        <source>in %n case(s)</source>
        <translation>
            <numerusform>in %n case</numerusform>
            <numerusform>in %n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Role in this case</source>
        <translation>Role in this case</translation>
    </message>
    <message>
        <source>Appears</source>
        <translation>Appears</translation>
    </message>
</context>
<context>
    <name>lintas::ui::MainWindow</name>
    <message>
        <source>Lintas was not closed properly last time. Your data was checked and is in order.</source>
        <translation>Lintas was not closed properly last time. Your data was checked and is in order.</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Lock: hide everything and ask for the passphrase again (%1)</source>
        <translation>Lock: hide everything and ask for the passphrase again (%1)</translation>
    </message>
    <message>
        <source>Locked because the screen was locked.</source>
        <translation>Locked because the screen was locked.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>Locked after %n minute without use.</numerusform>
            <numerusform>Locked after %n minutes without use.</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile menu: auto-lock time and Lock</source>
        <translation>Profile menu: auto-lock time and Lock</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Lock automatically after</source>
        <translation>Lock automatically after</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lintas::ui::MembersPanel</name>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>%1 (this laptop)</source>
        <translation>%1 (this laptop)</translation>
    </message>
    <message>
        <source>Making an invite…</source>
        <translation>Making an invite…</translation>
    </message>
    <message>
        <source>Asking the server which laptops are waiting…</source>
        <translation>Asking the server which laptops are waiting…</translation>
    </message>
    <message>
        <source>No laptop is waiting for approval.</source>
        <translation>No laptop is waiting for approval.</translation>
    </message>
    <message numerus="yes">
        <source>%n laptop(s) waiting for approval.</source>
        <translation>
            <numerusform>%n laptop waiting for approval.</numerusform>
            <numerusform>%n laptops waiting for approval.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Do not approve %1.&lt;/b&gt; Its keys do not match the invite it used: someone may have tampered with the request. Make a new invite.</source>
        <translation>&lt;b&gt;Do not approve %1.&lt;/b&gt; Its keys do not match the invite it used: someone may have tampered with the request. Make a new invite.</translation>
    </message>
    <message>
        <source>%1 asks to join. Ask them to read the fingerprint on their screen and type it here; approve only if it matches.</source>
        <translation>%1 asks to join. Ask them to read the fingerprint on their screen and type it here; approve only if it matches.</translation>
    </message>
    <message>
        <source>Approving %1…</source>
        <translation>Approving %1…</translation>
    </message>
    <message>
        <source>%1 is approved. It receives the organisation&apos;s cases at its next sync.</source>
        <translation>%1 is approved. It receives the organisation&apos;s cases at its next sync.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · server %2 · this laptop is a %3 of the organisation.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · server %2 · this laptop is a %3 of the organisation.</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint:</source>
        <translation>This laptop&apos;s fingerprint:</translation>
    </message>
    <message>
        <source>Laptops in the organisation (as the admins signed them in):</source>
        <translation>Laptops in the organisation (as the admins signed them in):</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Invite a colleague with a one-time code. Their laptop then waits here until you approve it.</source>
        <translation>Invite a colleague with a one-time code. Their laptop then waits here until you approve it.</translation>
    </message>
    <message>
        <source>&amp;Invite a colleague…</source>
        <translation>&amp;Invite a colleague…</translation>
    </message>
    <message>
        <source>&amp;Look for waiting laptops</source>
        <translation>&amp;Look for waiting laptops</translation>
    </message>
    <message>
        <source>&amp;Fingerprint they read out:</source>
        <translation>&amp;Fingerprint they read out:</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Removing %1 and sealing a new key for the others…</source>
        <translation>Removing %1 and sealing a new key for the others…</translation>
    </message>
    <message>
        <source>%1 is removed. The server refuses it, and the other laptops move to the new key at their next sync.</source>
        <translation>%1 is removed. The server refuses it, and the other laptops move to the new key at their next sync.</translation>
    </message>
    <message>
        <source>Organisation recovery key</source>
        <translation>Organisation recovery key</translation>
    </message>
    <message>
        <source>Make the organisation&apos;s recovery key now? Have a printer ready, or a safe place to write it down: it is shown only once.</source>
        <translation>Make the organisation&apos;s recovery key now? Have a printer ready, or a safe place to write it down: it is shown only once.</translation>
    </message>
    <message>
        <source>Making the organisation&apos;s recovery key…</source>
        <translation>Making the organisation&apos;s recovery key…</translation>
    </message>
    <message>
        <source>&amp;Remove a laptop…</source>
        <translation>&amp;Remove a laptop…</translation>
    </message>
    <message>
        <source>Organisation recovery &amp;key…</source>
        <translation>Organisation recovery &amp;key…</translation>
    </message>
    <message>
        <source>%1 is approved. It receives the cases in this shared space at its next sync.</source>
        <translation>%1 is approved. It receives the cases in this shared space at its next sync.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · a space shared with another organisation · server %2 · this laptop is a %3 of it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · a space shared with another organisation · server %2 · this laptop is a %3 of it.</translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation>&amp;Space:</translation>
    </message>
    <message>
        <source>Laptops in this shared space, of both organisations (as its admins signed them in):</source>
        <translation>Laptops in this shared space, of both organisations (as its admins signed them in):</translation>
    </message>
    <message>
        <source>Invite the other organisation&apos;s caseworkers with a one-time code each. Their laptops then wait here until you approve them.</source>
        <translation>Invite the other organisation&apos;s caseworkers with a one-time code each. Their laptops then wait here until you approve them.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::NavigationBar</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directory</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>lintas::ui::NewPartyDialog</name>
    <message>
        <source>New party for this case</source>
        <translation>New party for this case</translation>
    </message>
    <message>
        <source>Role in this &amp;case:</source>
        <translation>Role in this &amp;case:</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Not said</translation>
    </message>
    <message>
        <source>Notes on the l&amp;ink:</source>
        <translation>Notes on the l&amp;ink:</translation>
    </message>
    <message>
        <source>&amp;Add and link</source>
        <translation>&amp;Add and link</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>lintas::ui::OrgRecoveryDialog</name>
    <message>
        <source>Print the recovery key</source>
        <translation>Print the recovery key</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>The sheet could not be printed. Check the printer and try again, or save it as PDF and print it from another computer, then delete the file.</source>
        <translation>The sheet could not be printed. Check the printer and try again, or save it as PDF and print it from another computer, then delete the file.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Save the recovery key</translation>
    </message>
    <message>
        <source>Lintas organisation recovery key - %1.pdf</source>
        <translation>Lintas organisation recovery key - %1.pdf</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Organisation recovery key</source>
        <translation>Organisation recovery key</translation>
    </message>
    <message>
        <source>This is the organisation&apos;s key of last resort. If every admin laptop is lost, it makes a new laptop an admin and brings back all cases. Print the sheet now and lock it away; Lintas and the server keep no copy, and it is shown only now. Anyone holding it can read all of the organisation&apos;s cases.</source>
        <translation>This is the organisation&apos;s key of last resort. If every admin laptop is lost, it makes a new laptop an admin and brings back all cases. Print the sheet now and lock it away; Lintas and the server keep no copy, and it is shown only now. Anyone holding it can read all of the organisation&apos;s cases.</translation>
    </message>
    <message>
        <source>Recovery link, to type on a new laptop where it asks for a join code (the QR code holds the same):</source>
        <translation>Recovery link, to type on a new laptop where it asks for a join code (the QR code holds the same):</translation>
    </message>
    <message>
        <source>&amp;Print sheet…</source>
        <translation>&amp;Print sheet…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>I have &amp;printed the sheet or written the code down</source>
        <translation>I have &amp;printed the sheet or written the code down</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
</context>
<context>
    <name>lintas::ui::OrganisationForm</name>
    <message>
        <source>Copied %1</source>
        <translation>Copied %1</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>C&amp;ountry</translation>
    </message>
    <message>
        <source>Pro&amp;vince</source>
        <translation>Pro&amp;vince</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>C&amp;ity</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>Add&amp;ress</translation>
    </message>
    <message>
        <source>P&amp;hones</source>
        <translation>P&amp;hones</translation>
    </message>
    <message>
        <source>Emai&amp;l</source>
        <translation>Emai&amp;l</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>S&amp;ervices</source>
        <translation>S&amp;ervices</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>Choose a kind…</source>
        <translation>Choose a kind…</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Numbers and what each is for, separated by ;</source>
        <translation>Numbers and what each is for, separated by ;</translation>
    </message>
    <message>
        <source>What they help with, and how to reach them</source>
        <translation>What they help with, and how to reach them</translation>
    </message>
    <message>
        <source>Where the contact came from, when it was last checked</source>
        <translation>Where the contact came from, when it was last checked</translation>
    </message>
    <message>
        <source>This entry came with Lintas. Numbers and addresses change: check them before giving them to a client, and correct them here.</source>
        <translation>This entry came with Lintas. Numbers and addresses change: check them before giving them to a client, and correct them here.</translation>
    </message>
    <message>
        <source>&amp;Copy number</source>
        <translation>&amp;Copy number</translation>
    </message>
    <message>
        <source>Copy the phone number to the clipboard (the arrow offers the others)</source>
        <translation>Copy the phone number to the clipboard (the arrow offers the others)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Undo changes</translation>
    </message>
</context>
<context>
    <name>lintas::ui::OrganisationListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Town or province</source>
        <translation>Town or province</translation>
    </message>
</context>
<context>
    <name>lintas::ui::OrganisationPicker</name>
    <message>
        <source>Search the directory: name, city, service…</source>
        <translation>Search the directory: name, city, service…</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Search organisations</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
</context>
<context>
    <name>lintas::ui::PagedHtml</name>
    <message>
        <source>Printed %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Confidential — contains personal data</source>
        <translation>Confidential — contains personal data</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ParticipantGrid</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>lintas::ui::PartiesPage</name>
    <message>
        <source>The details of this party were changed but not saved.</source>
        <translation>The details of this party were changed but not saved.</translation>
    </message>
    <message>
        <source>Delete “%1”? It is not linked to any case.</source>
        <translation>Delete “%1”? It is not linked to any case.</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1”? It is linked to %n case(s); those links are removed too.</source>
        <translation>
            <numerusform>Delete “%1”? It is linked to %n case; that link is removed too.</numerusform>
            <numerusform>Delete “%1”? It is linked to %n cases; those links are removed too.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete party</source>
        <translation>Delete party</translation>
    </message>
    <message>
        <source>No parties yet. Add employers, agencies and others with “+ New party”.</source>
        <translation>No parties yet. Add employers, agencies and others with “+ New party”.</translation>
    </message>
    <message>
        <source>No party matches.</source>
        <translation>No party matches.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Name of the employer, agency…</source>
        <translation>Name of the employer, agency…</translation>
    </message>
    <message>
        <source>Search parties by name</source>
        <translation>Search parties by name</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Kind of party</source>
        <translation>Kind of party</translation>
    </message>
    <message>
        <source>+ &amp;New party</source>
        <translation>+ &amp;New party</translation>
    </message>
    <message>
        <source>Add an employer, agency or other party (Ctrl+N)</source>
        <translation>Add an employer, agency or other party (Ctrl+N)</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
</context>
<context>
    <name>lintas::ui::PartyCasesModel</name>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Role in the case</source>
        <translation>Role in the case</translation>
    </message>
</context>
<context>
    <name>lintas::ui::PartyDetails</name>
    <message>
        <source>New party</source>
        <translation>New party</translation>
    </message>
    <message>
        <source>Fill in at least the name and the kind, then save.</source>
        <translation>Fill in at least the name and the kind, then save.</translation>
    </message>
    <message>
        <source>Not linked to any case yet.</source>
        <translation>Not linked to any case yet.</translation>
    </message>
    <message numerus="yes">
        <source>This employer appears in %n case(s).</source>
        <translation>
            <numerusform>This employer appears in %n case.</numerusform>
            <numerusform>This employer appears in %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This agency appears in %n case(s).</source>
        <translation>
            <numerusform>This agency appears in %n case.</numerusform>
            <numerusform>This agency appears in %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This training centre appears in %n case(s).</source>
        <translation>
            <numerusform>This training centre appears in %n case.</numerusform>
            <numerusform>This training centre appears in %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This moneylender appears in %n case(s).</source>
        <translation>
            <numerusform>This moneylender appears in %n case.</numerusform>
            <numerusform>This moneylender appears in %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This broker appears in %n case(s).</source>
        <translation>
            <numerusform>This broker appears in %n case.</numerusform>
            <numerusform>This broker appears in %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This party appears in %n case(s).</source>
        <translation>
            <numerusform>This party appears in %n case.</numerusform>
            <numerusform>This party appears in %n cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete party…</source>
        <translation>&amp;Delete party…</translation>
    </message>
    <message>
        <source>Delete this party and its links to cases</source>
        <translation>Delete this party and its links to cases</translation>
    </message>
    <message>
        <source>Cases (Enter opens the case):</source>
        <translation>Cases (Enter opens the case):</translation>
    </message>
    <message>
        <source>Cases of this party</source>
        <translation>Cases of this party</translation>
    </message>
    <message>
        <source>Choose a party on the left, or add one with “+ New party” (Ctrl+N).</source>
        <translation>Choose a party on the left, or add one with “+ New party” (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>lintas::ui::PartyForm</name>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>C&amp;ountry</translation>
    </message>
    <message>
        <source>&amp;Licence no.</source>
        <translation>&amp;Licence no.</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>Add&amp;ress</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>Choose a kind…</source>
        <translation>Choose a kind…</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Agency licence or P3MI SIP number</source>
        <translation>Agency licence or P3MI SIP number</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo c&amp;hanges</source>
        <translation>Undo c&amp;hanges</translation>
    </message>
</context>
<context>
    <name>lintas::ui::PartyListModel</name>
    <message numerus="yes">
        <source>Appears in %n case(s)</source>
        <translation>
            <numerusform>Appears in %n case</numerusform>
            <numerusform>Appears in %n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Licence no.</source>
        <translation>Licence no.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
</context>
<context>
    <name>lintas::ui::PassphraseStrengthMeter</name>
    <message>
        <source>Too short</source>
        <translation>Too short</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Very strong</translation>
    </message>
    <message numerus="yes">
        <source>%n more character(s) needed. A few words in a row are easiest to remember.</source>
        <translation>
            <numerusform>%n more character needed. A few words in a row are easiest to remember.</numerusform>
            <numerusform>%n more characters needed. A few words in a row are easiest to remember.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is one of the passwords guessed first. Add a few words of your own.</source>
        <translation>This is one of the passwords guessed first. Add a few words of your own.</translation>
    </message>
    <message>
        <source>Your name is easy to guess. Use other words.</source>
        <translation>Your name is easy to guess. Use other words.</translation>
    </message>
    <message>
        <source>Repeated letters or words are easy to guess. Add a few different words.</source>
        <translation>Repeated letters or words are easy to guess. Add a few different words.</translation>
    </message>
    <message>
        <source>Sequences such as 1234 or abcd are easy to guess. Add a few words.</source>
        <translation>Sequences such as 1234 or abcd are easy to guess. Add a few words.</translation>
    </message>
    <message>
        <source>Keyboard rows such as qwerty are easy to guess. Add a few words.</source>
        <translation>Keyboard rows such as qwerty are easy to guess. Add a few words.</translation>
    </message>
    <message>
        <source>Years and dates are easy to guess. Add a few words.</source>
        <translation>Years and dates are easy to guess. Add a few words.</translation>
    </message>
    <message>
        <source>Birthdays, phone and ID numbers are easy to find out. Use words instead.</source>
        <translation>Birthdays, phone and ID numbers are easy to find out. Use words instead.</translation>
    </message>
    <message>
        <source>Add a few more words. Unusual ones help most.</source>
        <translation>Add a few more words. Unusual ones help most.</translation>
    </message>
    <message>
        <source>Excellent. Make sure you can remember it.</source>
        <translation>Excellent. Make sure you can remember it.</translation>
    </message>
    <message>
        <source>Good. One more word makes it even stronger.</source>
        <translation>Good. One more word makes it even stronger.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ProfileScreen</name>
    <message>
        <source>The profiles folder %1 could not be read. %2</source>
        <translation>The profiles folder %1 could not be read. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) in the profiles folder could not be opened as a profile and are not listed: %1. Nothing was deleted; ask support to look at them.</source>
        <translation>
            <numerusform>%n folder in the profiles folder could not be opened as a profile and is not listed: %1. Nothing was deleted; ask support to look at it.</numerusform>
            <numerusform>%n folders in the profiles folder could not be opened as a profile and are not listed: %1. Nothing was deleted; ask support to look at them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Casework for migrant workers. Works without internet; your cases stay encrypted on this laptop.</source>
        <translation>Casework for migrant workers. Works without internet; your cases stay encrypted on this laptop.</translation>
    </message>
    <message>
        <source>Test mode (LINTAS_INSECURE_FAST_KDF=1): new passphrases are protected only weakly. Never use this mode for real client data.</source>
        <translation>Test mode (LINTAS_INSECURE_FAST_KDF=1): new passphrases are protected only weakly. Never use this mode for real client data.</translation>
    </message>
    <message>
        <source>Pro&amp;file</source>
        <translation>Pro&amp;file</translation>
    </message>
    <message>
        <source>There is no profile on this laptop yet. Create one to start: it keeps your cases encrypted with a passphrase that only you know.</source>
        <translation>There is no profile on this laptop yet. Create one to start: it keeps your cases encrypted with a passphrase that only you know.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Unlocking… this takes a few seconds.</source>
        <translation>Unlocking… this takes a few seconds.</translation>
    </message>
    <message>
        <source>&amp;Create profile</source>
        <translation>&amp;Create profile</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Profiles on this laptop</source>
        <translation>Profiles on this laptop</translation>
    </message>
    <message>
        <source>Created on %1</source>
        <translation>Created on %1</translation>
    </message>
</context>
<context>
    <name>lintas::ui::RecordConsentDialog</name>
    <message>
        <source>Record her consent</source>
        <translation>Record her consent</translation>
    </message>
    <message>
        <source>Explain to her who would see her story and why. Record her consent only if she gives it.</source>
        <translation>Explain to her who would see her story and why. Record her consent only if she gives it.</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>&amp;Record consent</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>lintas::ui::RecoveryCodePage</name>
    <message>
        <source>Write down your recovery code</source>
        <translation>Write down your recovery code</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code is the only way to open this profile again. Write it on paper now, exactly as shown, and keep the paper somewhere safe, away from this laptop.</source>
        <translation>If you ever forget your passphrase, this code is the only way to open this profile again. Write it on paper now, exactly as shown, and keep the paper somewhere safe, away from this laptop.</translation>
    </message>
    <message>
        <source>The code is shown only this once. Lintas does not keep a copy, and nobody else can recover your cases for you.</source>
        <translation>The code is shown only this once. Lintas does not keep a copy, and nobody else can recover your cases for you.</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Open profile</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Lintas recovery sheet - %1.pdf</source>
        <translation>Lintas recovery sheet - %1.pdf</translation>
    </message>
    <message>
        <source>Save recovery sheet</source>
        <translation>Save recovery sheet</translation>
    </message>
    <message>
        <source>Recovery sheet not saved</source>
        <translation>Recovery sheet not saved</translation>
    </message>
    <message>
        <source>Print recovery sheet</source>
        <translation>Print recovery sheet</translation>
    </message>
    <message>
        <source>Recovery sheet not printed</source>
        <translation>Recovery sheet not printed</translation>
    </message>
    <message>
        <source>The recovery sheet could not be printed. Check the printer and try again, or save the sheet as PDF and print it from another computer.</source>
        <translation>The recovery sheet could not be printed. Check the printer and try again, or save the sheet as PDF and print it from another computer.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Saved as %1. Print it, then delete the file: anyone who finds it can open your profile with this laptop&apos;s data.</source>
        <translation>Saved as %1. Print it, then delete the file: anyone who finds it can open your profile with this laptop&apos;s data.</translation>
    </message>
    <message>
        <source>I have written down or printed the recovery code</source>
        <translation>I have written down or printed the recovery code</translation>
    </message>
    <message>
        <source>Recovery code as a QR code</source>
        <translation>Recovery code as a QR code</translation>
    </message>
</context>
<context>
    <name>lintas::ui::RecoverySheet</name>
    <message>
        <source>Recovery sheet</source>
        <translation>Recovery sheet</translation>
    </message>
    <message>
        <source>Lintas recovery sheet</source>
        <translation>Lintas recovery sheet</translation>
    </message>
    <message>
        <source>Made by Lintas. Lintas keeps no copy of this code.</source>
        <translation>Made by Lintas. Lintas keeps no copy of this code.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Laptop (write which one)</source>
        <translation>Laptop (write which one)</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>The code never contains the letters I, L, O or U: 0 and 1 are always digits.</source>
        <translation>The code never contains the letters I, L, O or U: 0 and 1 are always digits.</translation>
    </message>
    <message>
        <source>The same code as a QR code. Scan it only with a device you trust: many phone apps send what they scan to the internet.</source>
        <translation>The same code as a QR code. Scan it only with a device you trust: many phone apps send what they scan to the internet.</translation>
    </message>
    <message>
        <source>Keep it on paper in a safe, locked place: not with the laptop, and never as a photo or a file on the laptop or a phone.</source>
        <translation>Keep it on paper in a safe, locked place: not with the laptop, and never as a photo or a file on the laptop or a phone.</translation>
    </message>
    <message>
        <source>Anyone who has this sheet and this laptop&apos;s data file can open your profile and read your cases.</source>
        <translation>Anyone who has this sheet and this laptop&apos;s data file can open your profile and read your cases.</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code lets you choose a new one. Your administrator can help.</source>
        <translation>If you forget your passphrase, this code lets you choose a new one. Your administrator can help.</translation>
    </message>
    <message>
        <source>If the sheet is lost, or someone else may have seen it, tell your administrator.</source>
        <translation>If the sheet is lost, or someone else may have seen it, tell your administrator.</translation>
    </message>
    <message>
        <source>Keep this sheet safe</source>
        <translation>Keep this sheet safe</translation>
    </message>
    <message>
        <source>Organisation recovery key</source>
        <translation>Organisation recovery key</translation>
    </message>
    <message>
        <source>Lintas organisation recovery key</source>
        <translation>Lintas organisation recovery key</translation>
    </message>
    <message>
        <source>Made by Lintas. Lintas and the server keep no copy of this key.</source>
        <translation>Made by Lintas. Lintas and the server keep no copy of this key.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kept by (write who)</source>
        <translation>Kept by (write who)</translation>
    </message>
    <message>
        <source>The same key with the organisation&apos;s server, as a QR code. Scan it only with a device you trust: many phone apps send what they scan to the internet.</source>
        <translation>The same key with the organisation&apos;s server, as a QR code. Scan it only with a device you trust: many phone apps send what they scan to the internet.</translation>
    </message>
    <message>
        <source>Or type this link where Lintas asks for a join code:</source>
        <translation>Or type this link where Lintas asks for a join code:</translation>
    </message>
    <message>
        <source>Keep it on paper in a safe, locked place away from every laptop, and never as a photo or a file. Two trusted people should know where it is.</source>
        <translation>Keep it on paper in a safe, locked place away from every laptop, and never as a photo or a file. Two trusted people should know where it is.</translation>
    </message>
    <message>
        <source>Anyone who has this sheet can join the organisation as an administrator and read all of its cases.</source>
        <translation>Anyone who has this sheet can join the organisation as an administrator and read all of its cases.</translation>
    </message>
    <message>
        <source>If every administrator laptop is lost: on a new laptop, open Sync and type the link above (or scan the QR code) where Lintas asks for a join code. That laptop becomes an administrator and receives all cases again.</source>
        <translation>If every administrator laptop is lost: on a new laptop, open Sync and type the link above (or scan the QR code) where Lintas asks for a join code. That laptop becomes an administrator and receives all cases again.</translation>
    </message>
    <message>
        <source>If the sheet is lost or may have been seen: make a new key, then remove &quot;Organisation recovery key&quot; from the laptops list.</source>
        <translation>If the sheet is lost or may have been seen: make a new key, then remove &quot;Organisation recovery key&quot; from the laptops list.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ReferralModel</name>
    <message>
        <source>(organisation removed)</source>
        <translation>(organisation removed)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Responded on</source>
        <translation>Responded on</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
</context>
<context>
    <name>lintas::ui::RemoveLaptopDialog</name>
    <message>
        <source>Remove a laptop</source>
        <translation>Remove a laptop</translation>
    </message>
    <message>
        <source>Remove a laptop that was lost or stolen, or that belongs to someone who left the organisation. Sync first, so that this laptop has everything the other one sent.</source>
        <translation>Remove a laptop that was lost or stolen, or that belongs to someone who left the organisation. Sync first, so that this laptop has everything the other one sent.</translation>
    </message>
    <message>
        <source>&amp;Laptop:</source>
        <translation>&amp;Laptop:</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>&lt;b&gt;What removing does:&lt;/b&gt; the server refuses that laptop at once. Everything written from now on is locked with a new key that it never receives, and anything it still sends is refused by every laptop of the organisation.</source>
        <translation>&lt;b&gt;What removing does:&lt;/b&gt; the server refuses that laptop at once. Everything written from now on is locked with a new key that it never receives, and anything it still sends is refused by every laptop of the organisation.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What removing cannot do:&lt;/b&gt; cases already on that laptop stay on it. They are protected only by its passphrase. If the passphrase was weak, written down or known to others, treat those cases as exposed and warn the people concerned.</source>
        <translation>&lt;b&gt;What removing cannot do:&lt;/b&gt; cases already on that laptop stay on it. They are protected only by its passphrase. If the passphrase was weak, written down or known to others, treat those cases as exposed and warn the people concerned.</translation>
    </message>
    <message>
        <source>I &amp;understand: remove this laptop now</source>
        <translation>I &amp;understand: remove this laptop now</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>lintas::ui::SharedSpacesBox</name>
    <message>
        <source>Open a shared space</source>
        <translation>Open a shared space</translation>
    </message>
    <message>
        <source>A name both organisations will recognise, e.g. the client&apos;s first name and the two places:</source>
        <translation>A name both organisations will recognise, e.g. the client&apos;s first name and the two places:</translation>
    </message>
    <message>
        <source>Opening the shared space on the organisation&apos;s server…</source>
        <translation>Opening the shared space on the organisation&apos;s server…</translation>
    </message>
    <message>
        <source>%1 is open. Choose it under Space above and invite the other organisation&apos;s caseworkers.</source>
        <translation>%1 is open. Choose it under Space above and invite the other organisation&apos;s caseworkers.</translation>
    </message>
    <message>
        <source>Join a shared space</source>
        <translation>Join a shared space</translation>
    </message>
    <message>
        <source>Spaces shared with other organisations</source>
        <translation>Spaces shared with other organisations</translation>
    </message>
    <message>
        <source>When a worker goes home and another organisation takes over her case, both can follow it in a space you share: only the laptops admitted to it can read what is in it.</source>
        <translation>When a worker goes home and another organisation takes over her case, both can follow it in a space you share: only the laptops admitted to it can read what is in it.</translation>
    </message>
    <message>
        <source>&amp;Open a shared space…</source>
        <translation>&amp;Open a shared space…</translation>
    </message>
    <message>
        <source>&amp;Join a shared space…</source>
        <translation>&amp;Join a shared space…</translation>
    </message>
    <message>
        <source>Continue &amp;joining %1…</source>
        <translation>Continue &amp;joining %1…</translation>
    </message>
</context>
<context>
    <name>lintas::ui::SpaceHandoffDialog</name>
    <message>
        <source>Hand over through a shared space</source>
        <translation>Hand over through a shared space</translation>
    </message>
    <message>
        <source>Hand this case over to &lt;b&gt;%1&lt;/b&gt; through a space your organisation shares with them. It goes at the next sync, or whenever a connection comes.</source>
        <translation>Hand this case over to &lt;b&gt;%1&lt;/b&gt; through a space your organisation shares with them. It goes at the next sync, or whenever a connection comes.</translation>
    </message>
    <message>
        <source>Shared &amp;space:</source>
        <translation>Shared &amp;space:</translation>
    </message>
    <message>
        <source>This laptop is in no space shared with another organisation yet. An admin opens one under Sync → Organisation, or joins one the other organisation opened. Until then, hand the case over as a file.</source>
        <translation>This laptop is in no space shared with another organisation yet. An admin opens one under Sync → Organisation, or joins one the other organisation opened. Until then, hand the case over as a file.</translation>
    </message>
    <message>
        <source>The case goes with its whole history: the client, claims and payments, notes, deadlines, parties, consents and referrals. Everyone admitted to the shared space, of both organisations, can read it and continue it; so can you.</source>
        <translation>The case goes with its whole history: the client, claims and payments, notes, deadlines, parties, consents and referrals. Everyone admitted to the shared space, of both organisations, can read it and continue it; so can you.</translation>
    </message>
    <message>
        <source>&amp;Keep confidential notes with our organisation</source>
        <translation>&amp;Keep confidential notes with our organisation</translation>
    </message>
    <message>
        <source>Colleagues of yours who are not in the shared space keep what they have of the case but can no longer change it. Handing over cannot take back what the other organisation has received.</source>
        <translation>Colleagues of yours who are not in the shared space keep what they have of the case but can no longer change it. Handing over cannot take back what the other organisation has received.</translation>
    </message>
    <message>
        <source>&amp;Print hand-over record…</source>
        <translation>&amp;Print hand-over record…</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Hand over</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>lintas::ui::SuggestDeadlinesDialog</name>
    <message>
        <source>Already in this case</source>
        <translation>Already in this case</translation>
    </message>
    <message>
        <source>Date to be confirmed</source>
        <translation>Date to be confirmed</translation>
    </message>
    <message>
        <source>Already passed</source>
        <translation>Already passed</translation>
    </message>
    <message>
        <source>No deadline rule covers the case types and countries of this case yet. Tick them on the Details tab, or add deadlines by hand.</source>
        <translation>No deadline rule covers the case types and countries of this case yet. Tick them on the Details tab, or add deadlines by hand.</translation>
    </message>
    <message>
        <source>Tick a date above to see the deadlines counted from it.</source>
        <translation>Tick a date above to see the deadlines counted from it.</translation>
    </message>
    <message>
        <source>Deadlines from the rules</source>
        <translation>Deadlines from the rules</translation>
    </message>
    <message>
        <source>Tick the dates you know. Each deadline below is counted from one of them and shows the law or guideline it comes from. Check every date before you rely on it.</source>
        <translation>Tick the dates you know. Each deadline below is counted from one of them and shows the law or guideline it comes from. Check every date before you rely on it.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Add ticked deadlines</source>
        <translation>Add ticked deadlines</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>lintas::ui::SyncChip</name>
    <message>
        <source>Click to open the sync page.</source>
        <translation>Click to open the sync page.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::SyncPage</name>
    <message numerus="yes">
        <source>%n conflict(s) to check</source>
        <translation>
            <numerusform>%n conflict to check</numerusform>
            <numerusform>%n conflicts to check</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>lintas::ui::SyncStatusPanel</name>
    <message numerus="yes">
        <source>%n change(s) made on this laptop not yet on the server</source>
        <translation>
            <numerusform>%n change made on this laptop not yet on the server</numerusform>
            <numerusform>%n changes made on this laptop not yet on the server</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems since this profile was unlocked.</source>
        <translation>No problems since this profile was unlocked.</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>&amp;Join an organisation…</source>
        <translation>&amp;Join an organisation…</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Last synced:</source>
        <translation>Last synced:</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>Waiting to be sent:</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Conflicts:</translation>
    </message>
    <message>
        <source>Set aside:</source>
        <translation>Set aside:</translation>
    </message>
    <message>
        <source>Last problems:</source>
        <translation>Last problems:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Waiting for an admin to approve this laptop</source>
        <translation>Waiting for an admin to approve this laptop</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>Not joined</translation>
    </message>
    <message numerus="yes">
        <source>%n to check — show</source>
        <translation>
            <numerusform>%n to check — show</numerusform>
            <numerusform>%n to check — show</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Nothing: every record received could be checked and applied.</source>
        <translation>Nothing: every record received could be checked and applied.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) received could not be applied and are kept aside, unchanged:</source>
        <translation>
            <numerusform>%n record received could not be applied and are kept aside, unchanged:</numerusform>
            <numerusform>%n records received could not be applied and are kept aside, unchanged:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lintas::ui::TimelineModel</name>
    <message>
        <source>Corrects the entry of %1:</source>
        <translation>Corrects the entry of %1:</translation>
    </message>
    <message>
        <source>Corrects an earlier entry:</source>
        <translation>Corrects an earlier entry:</translation>
    </message>
    <message>
        <source>[Corrected below]</source>
        <translation>[Corrected below]</translation>
    </message>
    <message>
        <source>[Confidential]</source>
        <translation>[Confidential]</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
</context>
<context>
    <name>lintas::ui::TimelineTab</name>
    <message>
        <source>Add to the timeline</source>
        <translation>Add to the timeline</translation>
    </message>
    <message>
        <source>Correct the entry of %1</source>
        <translation>Correct the entry of %1</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;What happened</translation>
    </message>
    <message>
        <source>Con&amp;fidential</source>
        <translation>Con&amp;fidential</translation>
    </message>
    <message>
        <source>Left out of printed summaries and hand-off sheets.</source>
        <translation>Left out of printed summaries and hand-off sheets.</translation>
    </message>
    <message>
        <source>&amp;Add entry</source>
        <translation>&amp;Add entry</translation>
    </message>
    <message>
        <source>&amp;Add correction</source>
        <translation>&amp;Add correction</translation>
    </message>
    <message>
        <source>Add to the timeline (Ctrl+Enter)</source>
        <translation>Add to the timeline (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>C&amp;orrect…</translation>
    </message>
    <message>
        <source>Write a correction of the selected entry. The entry itself stays on record.</source>
        <translation>Write a correction of the selected entry. The entry itself stays on record.</translation>
    </message>
    <message>
        <source>Cancel correction</source>
        <translation>Cancel correction</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Selected entry</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Whe&amp;n</source>
        <translation>Whe&amp;n</translation>
    </message>
    <message>
        <source>The entry you were correcting when Lintas locked is no longer in this timeline. What you wrote is back as a new entry.</source>
        <translation>The entry you were correcting when Lintas locked is no longer in this timeline. What you wrote is back as a new entry.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::TodayPage</name>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>Sho&amp;w the next</source>
        <translation>Sho&amp;w the next</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>How many days ahead to show</source>
        <translation>How many days ahead to show</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the next %1 days</source>
        <translation>
            <numerusform>%n in the next %1 days</numerusform>
            <numerusform>%n in the next %1 days</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadlines and hearings</source>
        <translation>Deadlines and hearings</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>No open deadline or hearing in the next %1 days.</source>
        <translation>No open deadline or hearing in the next %1 days.</translation>
    </message>
    <message>
        <source>No open task in the next %1 days.</source>
        <translation>No open task in the next %1 days.</translation>
    </message>
    <message>
        <source>Recently worked on</source>
        <translation>Recently worked on</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <source>Open the case of the chosen line (Enter)</source>
        <translation>Open the case of the chosen line (Enter)</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Mark &amp;done</translation>
    </message>
    <message>
        <source>The chosen deadline or task is done today</source>
        <translation>The chosen deadline or task is done today</translation>
    </message>
</context>
<context>
    <name>lintas::ui::Workbench</name>
    <message>
        <source>Case %1 created.</source>
        <translation>Case %1 created.</translation>
    </message>
    <message>
        <source>The directory of services could not be filled in: %1</source>
        <translation>The directory of services could not be filled in: %1</translation>
    </message>
</context>
</TS>
