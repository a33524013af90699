#pragma once

#include "domain/Consent.h"

#include <QDialog>

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

class ConsentForm;

// Records a client's consent from where it turns out to be missing (a referral about to be sent).
class RecordConsentDialog : public QDialog {
    Q_OBJECT

public:
    RecordConsentDialog(repo::Workspace &workspace, const QString &clientId, const QString &organisationId,
        QString recordedBy, QWidget *parent = nullptr);

    ConsentForm *form() const { return m_form; }
    // The consent recorded, once accepted.
    const domain::Consent &recorded() const { return m_recorded; }

public slots:
    void accept() override;

private:
    ConsentForm *m_form = nullptr;
    domain::Consent m_recorded;
};

} // namespace lintas::ui
