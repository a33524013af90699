#include "activities/ParticipantGrid.h"

#include "domain/CodeLists.h"
#include "i18n/LanguageManager.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QWheelEvent>

#include <algorithm>

namespace lintas::ui {

namespace {

// A count cell. The wheel changes it only while it has the focus: scrolling the editor over the
// grid must not change counts someone typed.
class CountBox : public QSpinBox {
public:
    explicit CountBox(QWidget *parent) : QSpinBox(parent)
    {
        setFocusPolicy(Qt::StrongFocus);
        setRange(0, ParticipantGrid::maximumCount());
        setAlignment(Qt::AlignRight);
        setButtonSymbols(QAbstractSpinBox::NoButtons);
        setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00000")) + 12);
        setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000000")) + 12);
    }

protected:
    void wheelEvent(QWheelEvent *event) override
    {
        if (hasFocus())
            QSpinBox::wheelEvent(event);
        else
            event->ignore();
    }
};

QLabel *headerLabel(QWidget *parent, Qt::Alignment alignment)
{
    auto *label = new QLabel(parent);
    label->setAlignment(alignment);
    label->setWordWrap(true);
    return label;
}

QLabel *totalLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

ParticipantGrid::ParticipantGrid(QWidget *parent) : QWidget(parent), m_layout(new QGridLayout(this))
{
    setObjectName(QStringLiteral("participantGrid"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    const QStringList genders = domain::genders().codes();
    const QStringList bands = domain::ageBands().codes();
    const Qt::Alignment columnHead = Qt::AlignRight | Qt::AlignBottom;
    for (int b = 0; b < bands.size(); ++b) {
        m_bandLabels << headerLabel(this, columnHead);
        m_layout->addWidget(m_bandLabels.last(), 0, b + 1);
    }
    m_totalHeader = headerLabel(this, columnHead);
    m_layout->addWidget(m_totalHeader, 0, int(bands.size()) + 1);
    // Created row by row, so the focus chain (Tab) runs along a gender's row, then the next.
    for (int g = 0; g < genders.size(); ++g) {
        m_genderLabels << headerLabel(this, Qt::AlignLeft | Qt::AlignVCenter);
        m_layout->addWidget(m_genderLabels.last(), g + 1, 0);
        QVector<QSpinBox *> row;
        for (int b = 0; b < bands.size(); ++b) {
            auto *box = new CountBox(this);
            box->setObjectName(QStringLiteral("count_%1_%2").arg(genders[g], bands[b]));
            connect(box, &QSpinBox::valueChanged, this, &ParticipantGrid::showTotals);
            m_layout->addWidget(box, g + 1, b + 1, Qt::AlignRight); // under its column's total
            row << box;
        }
        m_cells << row;
        m_rowTotals << totalLabel(this);
        m_rowTotals.last()->setObjectName(QStringLiteral("total_%1").arg(genders[g]));
        m_layout->addWidget(m_rowTotals.last(), g + 1, int(bands.size()) + 1);
    }
    for (int i = 1; i < m_cells.size(); ++i)
        setTabOrder(m_cells[i - 1].last(), m_cells[i].first());
    const int totalsRow = int(genders.size()) + 1;
    m_totalRowHeader = headerLabel(this, Qt::AlignLeft | Qt::AlignVCenter);
    m_layout->addWidget(m_totalRowHeader, totalsRow, 0);
    for (int b = 0; b < bands.size(); ++b) {
        m_columnTotals << totalLabel(this);
        m_columnTotals.last()->setObjectName(QStringLiteral("total_%1").arg(bands[b]));
        m_layout->addWidget(m_columnTotals.last(), totalsRow, b + 1);
    }
    m_layout->setColumnStretch(int(bands.size()) + 2, 1); // the grid keeps to the left, compact
    m_grandTotal = totalLabel(this);
    m_grandTotal->setObjectName(QStringLiteral("participantTotal"));
    m_layout->addWidget(m_grandTotal, totalsRow, int(bands.size()) + 1);
    showTotals();
    retranslateUi();
}

void ParticipantGrid::setCounts(const QVector<domain::ActivityCount> &counts)
{
    {
        const QScopedValueRollback<bool> filling(m_filling, true);
        for (const auto &row : std::as_const(m_cells)) {
            for (QSpinBox *box : row)
                box->setValue(0);
        }
        for (const domain::ActivityCount &c : counts) {
            if (QSpinBox *box = cell(c.gender, c.ageBand))
                box->setValue(int(std::min<qint64>(c.count, maximumCount())));
        }
    }
    showTotals();
}

QVector<domain::ActivityCount> ParticipantGrid::counts() const
{
    const QStringList genders = domain::genders().codes();
    const QStringList bands = domain::ageBands().codes();
    QVector<domain::ActivityCount> out;
    for (int g = 0; g < genders.size(); ++g) {
        for (int b = 0; b < bands.size(); ++b) {
            domain::ActivityCount c;
            c.gender = genders[g];
            c.ageBand = bands[b];
            c.count = m_cells[g][b]->value();
            out << c;
        }
    }
    return out;
}

QSpinBox *ParticipantGrid::cell(const QString &gender, const QString &ageBand) const
{
    const int g = int(domain::genders().codes().indexOf(gender));
    const int b = int(domain::ageBands().codes().indexOf(ageBand));
    return g < 0 || b < 0 ? nullptr : m_cells[g][b];
}

QSpinBox *ParticipantGrid::firstCell() const
{
    return m_cells.first().first();
}

QSpinBox *ParticipantGrid::lastCell() const
{
    return m_cells.last().last();
}

qint64 ParticipantGrid::count(const QString &gender, const QString &ageBand) const
{
    const QSpinBox *box = cell(gender, ageBand);
    return box ? box->value() : 0;
}

void ParticipantGrid::setCount(const QString &gender, const QString &ageBand, qint64 count)
{
    if (QSpinBox *box = cell(gender, ageBand))
        box->setValue(int(count));
}

qint64 ParticipantGrid::totalFor(const QString &gender) const
{
    const int g = int(domain::genders().codes().indexOf(gender));
    qint64 sum = 0;
    if (g >= 0) {
        for (const QSpinBox *box : m_cells[g])
            sum += box->value();
    }
    return sum;
}

qint64 ParticipantGrid::total() const
{
    qint64 sum = 0;
    for (const auto &row : m_cells) {
        for (const QSpinBox *box : row)
            sum += box->value();
    }
    return sum;
}

void ParticipantGrid::showTotals()
{
    const QLocale locale;
    qint64 grand = 0;
    QVector<qint64> columns(m_columnTotals.size(), 0);
    for (int g = 0; g < m_cells.size(); ++g) {
        qint64 row = 0;
        for (int b = 0; b < m_cells[g].size(); ++b) {
            row += m_cells[g][b]->value();
            columns[b] += m_cells[g][b]->value();
        }
        m_rowTotals[g]->setText(locale.toString(row));
        grand += row;
    }
    for (int b = 0; b < columns.size(); ++b)
        m_columnTotals[b]->setText(locale.toString(columns[b]));
    m_grandTotal->setText(locale.toString(grand));
    if (!m_filling)
        emit countsChanged();
}

void ParticipantGrid::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ParticipantGrid::retranslateUi()
{
    const domain::Language language = LanguageManager::codeListLanguage();
    const QVector<domain::CodeItem> &genders = domain::genders().items();
    const QVector<domain::CodeItem> &bands = domain::ageBands().items();
    for (int b = 0; b < bands.size(); ++b)
        m_bandLabels[b]->setText(bands[b].label(language));
    for (int g = 0; g < genders.size(); ++g) {
        m_genderLabels[g]->setText(genders[g].label(language));
        for (int b = 0; b < bands.size(); ++b) {
            m_cells[g][b]->setAccessibleName(
                QStringLiteral("%1, %2").arg(genders[g].label(language), bands[b].label(language)));
            m_cells[g][b]->setLocale(QLocale());
        }
    }
    m_totalHeader->setText(tr("Total"));
    m_totalRowHeader->setText(tr("Total"));
    showTotals();
}

} // namespace lintas::ui
