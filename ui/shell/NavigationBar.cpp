#include "shell/NavigationBar.h"

#include <QAction>
#include <QEvent>
#include <QFontMetrics>
#include <QMouseEvent>

namespace lintas::ui {

namespace {

constexpr int kSectionRole = Qt::UserRole;

QKeySequence shortcutFor(int position)
{
    return QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + position));
}

} // namespace

NavigationBar::NavigationBar(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigationBar"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSpacing(2);
    setUniformItemSizes(true);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_quiet && row >= 0)
            emit sectionChosen(Section(item(row)->data(kSectionRole).toInt()));
    });
    retranslateUi();
}

void NavigationBar::addSection(Section section)
{
    // Always in the order of Section, whatever order the pages arrive in.
    int row = 0;
    while (row < count() && item(row)->data(kSectionRole).toInt() < int(section))
        ++row;
    auto *entry = new QListWidgetItem;
    insertItem(row, entry);
    entry->setData(kSectionRole, int(section));
    entry->setSizeHint(QSize(0, fontMetrics().height() * 2));
    // Window-wide keys, so a section is one chord away from any field: Alt+1 is the first entry.
    const int position = count() - 1;
    auto *jump = new QAction(this);
    jump->setShortcut(shortcutFor(position));
    jump->setShortcutContext(Qt::WindowShortcut);
    connect(jump, &QAction::triggered, this, [this, position] {
        const Section chosen = Section(item(position)->data(kSectionRole).toInt());
        showCurrent(chosen);
        emit sectionChosen(chosen);
    });
    addAction(jump);
    retranslateUi();
}

bool NavigationBar::hasSection(Section section) const
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(kSectionRole).toInt() == int(section))
            return true;
    }
    return false;
}

void NavigationBar::showCurrent(Section section)
{
    m_quiet = true;
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(kSectionRole).toInt() == int(section))
            setCurrentRow(row);
    }
    m_quiet = false;
}

Section NavigationBar::currentSection() const
{
    return currentItem() ? Section(currentItem()->data(kSectionRole).toInt()) : Section::Today;
}

void NavigationBar::mousePressEvent(QMouseEvent *event)
{
    m_rowBeforePress = currentRow();
    QListWidget::mousePressEvent(event);
}

// A click on the entry already chosen (the bar says Cases while a case is open) goes back to
// that section's list: the row does not change, so currentRowChanged says nothing.
void NavigationBar::mouseReleaseEvent(QMouseEvent *event)
{
    QListWidget::mouseReleaseEvent(event);
    const QListWidgetItem *clicked = itemAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && clicked && row(clicked) == m_rowBeforePress
        && row(clicked) == currentRow())
        emit sectionChosen(Section(clicked->data(kSectionRole).toInt()));
    m_rowBeforePress = -1;
}

void NavigationBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QListWidget::changeEvent(event);
}

void NavigationBar::retranslateUi()
{
    setAccessibleName(tr("Sections"));
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem *entry = item(row);
        QString text;
        switch (Section(entry->data(kSectionRole).toInt())) {
        case Section::Today:
            text = tr("Today");
            break;
        case Section::Clients:
            text = tr("Clients");
            break;
        case Section::Cases:
            text = tr("Cases");
            break;
        case Section::Activities:
            text = tr("Activities");
            break;
        case Section::Parties:
            text = tr("Parties");
            break;
        case Section::Directory:
            text = tr("Directory");
            break;
        case Section::Sync:
            text = tr("Sync");
            break;
        }
        entry->setText(text);
        entry->setToolTip(tr("%1 (%2)").arg(text, shortcutFor(row).toString(QKeySequence::NativeText)));
    }
    fitWidth();
}

// As wide as the longest entry in the current language, so "Direktori" and "Kegiatan" fit
// without taking room from the pages.
void NavigationBar::fitWidth()
{
    int widest = fontMetrics().horizontalAdvance(QStringLiteral("Directory"));
    for (int row = 0; row < count(); ++row)
        widest = qMax(widest, fontMetrics().horizontalAdvance(item(row)->text()));
    setFixedWidth(widest + 2 * frameWidth() + 40);
}

} // namespace lintas::ui
