#pragma once

#include "domain/ClientMatch.h"

#include <QVector>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace lintas::ui {

// "She may already be in Lintas": the existing clients who share her NIK, passport, phone or a
// form of her name, each with why (and what speaks against it), and a button to take the case
// for the chosen one instead of registering her twice.
class DuplicateWarning : public QWidget {
    Q_OBJECT

public:
    explicit DuplicateWarning(QWidget *parent = nullptr);

    void setMatches(QVector<domain::ClientMatch> matches);
    const QVector<domain::ClientMatch> &matches() const { return m_matches; }

signals:
    void clientChosen(const QString &clientId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString describe(const domain::ClientMatch &m) const;
    void choose();
    void retranslateUi();

    QVector<domain::ClientMatch> m_matches;
    QLabel *m_title = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_use = nullptr;
};

} // namespace lintas::ui
