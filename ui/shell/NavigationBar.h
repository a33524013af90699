#pragma once

#include <QListWidget>

namespace lintas::ui {

// The parts of the app a user moves between. Only sections with a working page are added to the
// bar; the order here is the order on screen and of the Alt+digit shortcuts.
enum class Section { Today, Clients, Cases, Activities, Parties, Directory, Sync };

// The column on the left of the unlocked window: one entry per section, Up/Down to move,
// Alt+1… from anywhere in the window.
class NavigationBar : public QListWidget {
    Q_OBJECT

public:
    explicit NavigationBar(QWidget *parent = nullptr);

    void addSection(Section section);
    bool hasSection(Section section) const;
    // Highlights the section without emitting sectionChosen (the page changed by other means).
    void showCurrent(Section section);
    Section currentSection() const;

signals:
    void sectionChosen(Section section);

protected:
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void retranslateUi();
    void fitWidth();

    bool m_quiet = false;
    int m_rowBeforePress = -1;
};

} // namespace lintas::ui
