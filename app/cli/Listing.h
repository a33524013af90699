#pragma once

#include "CliOutput.h"
#include "EntityView.h"

#include <QJsonArray>

#include <initializer_list>

namespace lintas::cli {

// What a list command prints: one JSON array with --json, otherwise a table (or `empty` when
// there are no rows). Only the form that will be printed is kept.
class Listing {
public:
    Listing(CliOutput &out, std::initializer_list<const char *> headers, QString empty = {});

    void add(const QJsonValue &json, const QStringList &row);
    // Records in JSON as exported; `row(record)` gives the table columns and is called only for
    // tables, so it may look things up.
    template<typename T, typename RowFn>
    void addRecords(const repo::EntityMapping<T> &mapping, const QVector<T> &records, RowFn row)
    {
        for (const T &record : records) {
            if (m_out.json())
                m_json << EntityView::json(mapping, record);
            else
                m_rows << row(record);
        }
    }
    void print();

private:
    CliOutput &m_out;
    QStringList m_headers;
    QString m_empty;
    QJsonArray m_json;
    QVector<QStringList> m_rows;
};

} // namespace lintas::cli
