#pragma once

#include "domain/DataSource.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QThread;

namespace reportdesk {

class Catalog;

// Lists the data sources that table and chart sections query and edits one at a time: an
// SQLite file, or a server (host, port, database, user, options). "Test connection" opens the
// source off the GUI thread and shows the driver's own message. Passwords are not handled here:
// they belong in the system keychain, which arrives later.
class DataSourcesDialog : public QDialog {
    Q_OBJECT

public:
    explicit DataSourcesDialog(Catalog *catalog, QWidget *parent = nullptr);
    ~DataSourcesDialog() override;

    bool isModified() const { return m_edited != m_original; }
    DataSource editedSource() const { return m_edited; }
    void selectSource(const QString &name);

public slots:
    bool save();
    void revert();
    void addSource();
    void deleteSource();
    void testConnection();

    void done(int result) override;

signals:
    void connectionTested(bool ok);

private:
    void reloadSources(const QString &select);
    void loadEditor();
    void edited();
    void showMessage(const QString &message);
    bool maybeKeepChanges();
    void browseFile();

    Catalog *m_catalog;
    QList<DataSource> m_sources; // the catalog's, plus a draft (id 0) while adding
    DataSource m_original;
    DataSource m_edited;
    bool m_loading = false;
    int m_currentRow = -1;
    quint64 m_testGeneration = 0;
    QPointer<QThread> m_testThread;

    QListWidget *m_list;
    QPushButton *m_addButton;
    QPushButton *m_deleteButton;
    QWidget *m_editor;
    QLabel *m_messageLabel;
    QLineEdit *m_nameEdit;
    QComboBox *m_driverCombo;
    QFormLayout *m_form;
    QWidget *m_fileRow;
    QLineEdit *m_fileEdit;
    QList<QWidget *> m_serverRows; // the field widgets of the server-only form rows
    QLineEdit *m_hostEdit;
    QSpinBox *m_portSpin;
    QLineEdit *m_databaseEdit;
    QLineEdit *m_userEdit;
    QLineEdit *m_optionsEdit;
    QLineEdit *m_passwordEdit;
    QPushButton *m_testButton;
    QLabel *m_testResult;
    QPushButton *m_saveButton;
    QPushButton *m_revertButton;
    QHash<QString, QPair<QWidget *, QLabel *>> m_fields;
};

} // namespace reportdesk
