#pragma once

#include "domain/BrandingProfile.h"
#include "domain/Validation.h"

#include <QDialog>
#include <QHash>

class QFontComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace reportdesk {

class Catalog;
class BrandingPreview;

// Manages branding profiles: a list on the left, the selected profile's fields on the right
// with a live header/footer preview. Each profile is saved or reverted on its own; switching
// profile or closing with unsaved changes asks first. Every write goes through the catalog,
// whose messages (e.g. "cannot delete the default profile") are shown as they are.
class BrandingEditor : public QDialog {
    Q_OBJECT

public:
    explicit BrandingEditor(Catalog *catalog, QWidget *parent = nullptr);
    ~BrandingEditor() override;

    bool isModified() const { return m_edited != m_original; }
    BrandingProfile editedProfile() const { return m_edited; }
    void selectProfile(qint64 id);
    // Loads a logo file into the edited profile; false, with the reason at the logo field and
    // the profile unchanged, when it is not an image or too large. The file dialog calls this.
    bool loadLogoFile(const QString &path);

public slots:
    bool save();
    void revert();
    void addProfile();
    void duplicateProfile();
    void deleteProfile();
    void makeDefault();

    void done(int result) override;

private:
    void reloadProfiles(qint64 select);
    void loadEditor();
    void edited();
    void showMessage(const QString &message);
    bool maybeKeepChanges(); // false = the user cancelled
    void chooseLogo();
    void chooseColor();
    void updateLogoPreview();
    void updateColorSwatch();
    qint64 currentId() const;

    Catalog *m_catalog;
    QList<BrandingProfile> m_profiles;
    BrandingProfile m_original;
    BrandingProfile m_edited;
    bool m_loading = false;
    int m_currentRow = -1;

    QListWidget *m_list;
    QPushButton *m_addButton;
    QPushButton *m_duplicateButton;
    QPushButton *m_deleteButton;
    QPushButton *m_defaultButton;
    QWidget *m_editor;
    QLabel *m_messageLabel;
    QLineEdit *m_nameEdit;
    QLabel *m_logoPreview;
    QLabel *m_logoNameLabel;
    QPushButton *m_chooseLogoButton;
    QPushButton *m_removeLogoButton;
    QPushButton *m_colorButton;
    QLineEdit *m_colorEdit;
    QLineEdit *m_headerEdit;
    QLineEdit *m_footerEdit;
    QLineEdit *m_footerLinkEdit;
    QLineEdit *m_watermarkEdit;
    QFontComboBox *m_fontCombo;
    QLineEdit *m_pageNumberEdit;
    QLabel *m_pageNumberSample;
    BrandingPreview *m_preview;
    QPushButton *m_saveButton;
    QPushButton *m_revertButton;
    QHash<QString, QPair<QWidget *, QLabel *>> m_fields;
    QString m_logoFileError;
};

} // namespace reportdesk
