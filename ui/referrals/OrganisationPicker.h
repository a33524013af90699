#pragma once

#include "domain/Organisation.h"

#include <QVector>
#include <QWidget>

#include <memory>

class QLineEdit;
class QListWidget;

namespace lintas::ui {

class DirectoryCache;

// Picks one organisation from the directory: a search box narrows the list as she types (name,
// kind, city, country, services), Down moves into the list.
class OrganisationPicker : public QWidget {
    Q_OBJECT
    // The pick, for keeping unsaved input (FormState); the search text is not input.
    Q_PROPERTY(QString organisationId READ organisationId WRITE setOrganisationId USER true)

public:
    explicit OrganisationPicker(QWidget *parent = nullptr);

    void setOrganisations(const QVector<domain::Organisation> &organisations);
    // The picker lists `directory`, read when the picker is first shown and again when it is
    // shown after the directory changed: nothing is read for a case whose referrals are not looked at.
    void setDirectory(std::shared_ptr<DirectoryCache> directory);
    DirectoryCache *directory() const { return m_directory.get(); }
    // Empty when none is picked.
    QString organisationId() const;
    void setOrganisationId(const QString &id);
    QLineEdit *searchBox() const { return m_search; }

signals:
    void organisationChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refill();
    void takeDirectory();
    void retranslateUi();

    QVector<domain::Organisation> m_organisations;
    QString m_picked;
    std::shared_ptr<DirectoryCache> m_directory;
    int m_directoryReads = 0; // the directory's reads() when it was last listed here
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace lintas::ui
