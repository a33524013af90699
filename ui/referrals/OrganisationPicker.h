#pragma once

#include "domain/Organisation.h"

#include <QVector>
#include <QWidget>

class QLineEdit;
class QListWidget;

namespace lintas::ui {

// Picks one organisation from the directory: a search box narrows the list as she types (name,
// kind, city, country, services), Down moves into the list.
class OrganisationPicker : public QWidget {
    Q_OBJECT
    // The pick, for keeping unsaved input (FormState); the search text is not input.
    Q_PROPERTY(QString organisationId READ organisationId WRITE setOrganisationId USER true)

public:
    explicit OrganisationPicker(QWidget *parent = nullptr);

    void setOrganisations(const QVector<domain::Organisation> &organisations);
    // Empty when none is picked.
    QString organisationId() const;
    void setOrganisationId(const QString &id);
    QLineEdit *searchBox() const { return m_search; }

signals:
    void organisationChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refill();
    void retranslateUi();

    QVector<domain::Organisation> m_organisations;
    QString m_picked;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace lintas::ui
