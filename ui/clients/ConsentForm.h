#pragma once

#include "domain/Consent.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace lintas {
struct Error;
}
namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

// The fields of a new consent record: with whom (typed, or an organisation from the directory),
// what may be shared, what for, how she agreed, and when. Used on the client's Consent tab and in
// the dialog the referral panel opens when there is no consent yet.
class ConsentForm : public QWidget {
    Q_OBJECT

public:
    // `recordedBy` is written on every consent recorded here (the profile's name).
    ConsentForm(repo::Workspace &workspace, QString recordedBy, QWidget *parent = nullptr);

    // Empties the fields for a new consent of this client.
    void start(const QString &clientId);
    // Suggests a recipient (the organisation a referral goes to).
    void setOrganisation(const QString &organisationId);
    bool hasUnsavedText() const;

    // Writes the consent. On failure the message is shown next to the form, the field is focused
    // and everything typed stays.
    std::optional<domain::Consent> record();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showError(const Error &error);
    void retranslateUi();

    repo::Workspace &m_workspace;
    QString m_recordedBy;
    QString m_clientId;
    QComboBox *m_recipient = nullptr;
    QLineEdit *m_scope = nullptr;
    QLineEdit *m_purpose = nullptr;
    QComboBox *m_method = nullptr;
    QDateEdit *m_givenOn = nullptr;
    QLabel *m_error = nullptr;
    QHash<QString, QLabel *> m_labels; // domain field → its label, for messages
};

} // namespace lintas::ui
