<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
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
    <name>lintas::ui::LanguageSwitch</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
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
        <source>I have written down the recovery code</source>
        <translation>I have written down the recovery code</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Open profile</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
</context>
</TS>
