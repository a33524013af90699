#include "search/GlobalSearchBox.h"

#include "common/ErrorText.h"
#include "repo/Workspace.h"
#include "search/GlobalSearchModel.h"

#include <QAction>
#include <QEvent>
#include <QFocusEvent>
#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace lintas::ui {

namespace {

// Shorter than the case list's pause: this is where people look for someone while on the phone.
constexpr int kSearchDelayMs = 150;
constexpr int kResultLimit = 20;
constexpr int kPopupMinWidth = 520;
constexpr int kVisibleRows = 8;

} // namespace

GlobalSearchBox::GlobalSearchBox(QWidget *parent)
    : QLineEdit(parent),
      m_model(new GlobalSearchModel(this)),
      m_delay(new QTimer(this)),
      m_focusAction(new QAction(this))
{
    setObjectName(QStringLiteral("globalSearch"));
    setClearButtonEnabled(true);
    setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    m_delay->setSingleShot(true);
    m_delay->setInterval(kSearchDelayMs);
    m_focusAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_focusAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_focusAction);
    connect(m_focusAction, &QAction::triggered, this, [this] {
        setFocus(Qt::ShortcutFocusReason);
        selectAll();
        if (!text().isEmpty())
            showResults();
    });
    connect(this, &QLineEdit::textEdited, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, &GlobalSearchBox::searchNow);
    retranslateUi();
}

void GlobalSearchBox::setWorkspace(repo::Workspace *workspace)
{
    m_workspace = workspace;
    m_delay->stop();
    clear();
    m_searched.clear();
    m_error.reset();
    m_model->setHits({});
    hideResults();
}

bool GlobalSearchBox::resultsShown() const
{
    return m_popup && m_popup->isVisible();
}

void GlobalSearchBox::searchNow()
{
    m_delay->stop();
    if (!m_workspace)
        return;
    m_searched = text().trimmed();
    if (m_searched.isEmpty()) {
        m_model->setHits({});
        hideResults();
        return;
    }
    search::SearchIndex::Query query;
    query.text = m_searched;
    query.limit = kResultLimit;
    auto hits = m_workspace->search(query);
    m_error.reset();
    if (!hits.ok())
        m_error = hits.error();
    m_model->setHits(hits.ok() ? std::move(hits.value()) : QVector<search::SearchHit> {});
    showResults();
}

void GlobalSearchBox::showResults()
{
    if (!m_popup) {
        // A child of the window rather than a popup window: the cursor stays in the field.
        m_popup = new QFrame(window());
        m_popup->setObjectName(QStringLiteral("globalSearchResults"));
        m_popup->setFrameShape(QFrame::StyledPanel);
        m_popup->setAutoFillBackground(true);
        m_list = new QListView(m_popup);
        m_list->setObjectName(QStringLiteral("globalSearchList"));
        m_list->setModel(m_model);
        m_list->setFocusPolicy(Qt::NoFocus);
        m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_list->setSelectionMode(QAbstractItemView::SingleSelection);
        m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_list->setWordWrap(false);
        m_list->setTextElideMode(Qt::ElideRight);
        m_list->setAlternatingRowColors(true);
        m_status = new QLabel(m_popup);
        m_status->setObjectName(QStringLiteral("globalSearchStatus"));
        m_status->setWordWrap(true);
        auto *layout = new QVBoxLayout(m_popup);
        layout->setContentsMargins(2, 2, 2, 2);
        layout->addWidget(m_list);
        layout->addWidget(m_status);
        connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) { choose(index.row()); });
        window()->installEventFilter(this); // follow the field when the window resizes
        retranslateUi();
    }
    const bool any = m_model->rowCount() > 0;
    m_list->setVisible(any);
    if (any && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(0));
    retranslateUi();
    placeResults();
    m_popup->show();
    m_popup->raise();
}

void GlobalSearchBox::hideResults()
{
    if (m_popup)
        m_popup->hide();
}

void GlobalSearchBox::placeResults()
{
    if (!m_popup)
        return;
    const int width = qMax(this->width(), kPopupMinWidth);
    QPoint at = mapTo(window(), QPoint(0, height()));
    at.setX(qBound(0, at.x() + this->width() - width, qMax(0, window()->width() - width)));
    int height = m_status->isHidden() ? 8 : m_status->sizeHint().height() + 8;
    if (!m_list->isHidden()) { // isVisible() is false while the popup itself is hidden
        const int rows = qMin(m_model->rowCount(), kVisibleRows);
        int listHeight = 2 * m_list->frameWidth();
        for (int row = 0; row < rows; ++row)
            listHeight += m_list->sizeHintForRow(row);
        m_list->setFixedHeight(listHeight);
        height += listHeight;
    }
    m_popup->setGeometry(at.x(), at.y(), width, height);
}

void GlobalSearchBox::choose(int row)
{
    const search::SearchHit *hit = m_model->hitAt(row);
    if (!hit)
        return;
    const search::SearchHit chosen = *hit;
    hideResults();
    emit hitChosen(chosen);
}

void GlobalSearchBox::moveSelection(int step)
{
    if (m_model->rowCount() == 0)
        return;
    if (!resultsShown())
        showResults();
    const int row = qBound(0, m_list->currentIndex().row() + step, m_model->rowCount() - 1);
    m_list->setCurrentIndex(m_model->index(row));
    m_list->scrollTo(m_model->index(row));
}

void GlobalSearchBox::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Down:
        moveSelection(1);
        return;
    case Qt::Key_Up:
        moveSelection(-1);
        return;
    case Qt::Key_PageDown:
        moveSelection(kVisibleRows);
        return;
    case Qt::Key_PageUp:
        moveSelection(-kVisibleRows);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Typed fast and pressed Enter before the pause ended: search what is typed first.
        if (text().trimmed() != m_searched)
            searchNow();
        if (m_list && m_list->currentIndex().isValid())
            choose(m_list->currentIndex().row());
        return;
    case Qt::Key_Escape:
        if (resultsShown())
            hideResults();
        else
            clear();
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

void GlobalSearchBox::focusOutEvent(QFocusEvent *event)
{
    // A click on a result does not take the focus (the list never has it), so this is a real
    // move elsewhere; the list would only hide what the user went to look at.
    if (event->reason() != Qt::PopupFocusReason)
        hideResults();
    QLineEdit::focusOutEvent(event);
}

bool GlobalSearchBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == window() && event->type() == QEvent::Resize)
        placeResults();
    return QLineEdit::eventFilter(watched, event);
}

void GlobalSearchBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        retranslateUi();
    }
    QLineEdit::changeEvent(event);
}

void GlobalSearchBox::retranslateUi()
{
    const QString key = m_focusAction->shortcut().toString(QKeySequence::NativeText);
    setPlaceholderText(tr("Search clients, cases, notes (%1)").arg(key));
    setAccessibleName(tr("Search clients, cases and notes"));
    setToolTip(tr("Name, phone, NIK, passport, village, case reference or words from notes (%1)").arg(key));
    if (!m_status)
        return;
    m_list->setAccessibleName(tr("Search results"));
    const int count = m_model->rowCount();
    if (m_error)
        m_status->setText(ErrorText::message(*m_error));
    else if (search::SearchIndex::needsMoreText(m_searched))
        m_status->setText(tr("Type at least two letters or digits to search."));
    else if (count == 0)
        m_status->setText(tr("Nothing found for “%1”.").arg(m_searched));
    else if (count >= kResultLimit)
        m_status->setText(tr("The first %1 matches. Type more to narrow them down.").arg(count));
    else
        m_status->setText(QString());
    m_status->setVisible(!m_status->text().isEmpty());
}

} // namespace lintas::ui
