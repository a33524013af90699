#pragma once

#include "search/SearchHit.h"

#include <QAbstractListModel>
#include <QVector>

namespace lintas::ui {

// Results of the global search (clients, cases, notes), best first, each with its kind and the
// matching text around the words typed.
class GlobalSearchModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { KindRole = Qt::UserRole, SnippetRole };

    explicit GlobalSearchModel(QObject *parent = nullptr);

    void setHits(QVector<search::SearchHit> hits);
    const search::SearchHit *hitAt(int row) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // "Client", "Case", "Note" in the UI language.
    static QString kindLabel(const QString &kind);
    // The index marks matches as [word]; on screen they read as «word».
    static QString readableSnippet(const QString &snippet);

private:
    QVector<search::SearchHit> m_hits;
};

} // namespace lintas::ui
