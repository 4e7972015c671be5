#include "BrandingEditor.h"

#include "EditorSupport.h"
#include "catalog/Catalog.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace reportdesk {

// A strip of a page as the renderer will draw it: header with logo and text over an accent
// rule, a diagonal watermark, and the footer with its text, link colour and page number.
class BrandingPreview : public QWidget {
public:
    explicit BrandingPreview(QWidget *parent = nullptr)
        : QWidget(parent)
    {
        setMinimumHeight(170);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    void setProfile(const BrandingProfile &profile)
    {
        m_profile = profile;
        m_logo = QImage::fromData(profile.logo);
        update();
    }
    QSize sizeHint() const override { return {420, 170}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF page = QRectF(rect()).adjusted(6, 6, -6, -6);
        p.fillRect(rect(), palette().color(QPalette::Window));
        p.setPen(QColor(0xc8, 0xc8, 0xc8));
        p.setBrush(Qt::white);
        p.drawRect(page);
        const QColor accent = QColor::isValidColorName(m_profile.accentColor)
                                  ? QColor::fromString(m_profile.accentColor)
                                  : QColor(Qt::gray);
        QFont font(m_profile.fontFamily);
        font.setPixelSize(11);
        p.setFont(font);
        const QRectF inner = page.adjusted(14, 10, -14, -10);

        // Header
        QRectF logoRect(inner.left(), inner.top(), 0, 28);
        if (!m_logo.isNull()) {
            const QSizeF size = QSizeF(m_logo.size()).scaled(QSizeF(120, 28), Qt::KeepAspectRatio);
            logoRect.setSize(size);
            p.drawImage(logoRect, m_logo);
        }
        p.setPen(QColor(0x33, 0x33, 0x33));
        p.drawText(
            QRectF(logoRect.right() + 10, inner.top(), inner.right() - logoRect.right() - 10, 28),
            Qt::AlignRight | Qt::AlignVCenter, m_profile.headerText);
        p.setPen(QPen(accent, 2));
        p.drawLine(QPointF(inner.left(), inner.top() + 34),
                   QPointF(inner.right(), inner.top() + 34));

        // Body placeholder lines and the watermark
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xee, 0xee, 0xee));
        for (int i = 0; i < 4; ++i)
            p.drawRect(QRectF(inner.left(), inner.top() + 46 + i * 14,
                              inner.width() * (i == 3 ? 0.55 : 0.9), 6));
        if (!m_profile.watermarkText.isEmpty()) {
            p.save();
            QFont wm = font;
            wm.setPixelSize(26);
            wm.setBold(true);
            p.setFont(wm);
            p.setPen(QColor(0, 0, 0, 40));
            p.translate(page.center());
            p.rotate(-12);
            p.drawText(QRectF(-page.width() / 2, -20, page.width(), 40), Qt::AlignCenter,
                       m_profile.watermarkText);
            p.restore();
        }

        // Footer
        const QRectF footer(inner.left(), inner.bottom() - 16, inner.width(), 16);
        p.setPen(QPen(QColor(0xd0, 0xd0, 0xd0), 1));
        p.drawLine(footer.topLeft() - QPointF(0, 4), footer.topRight() - QPointF(0, 4));
        p.setPen(m_profile.footerLink.isEmpty() ? QColor(0x55, 0x55, 0x55) : accent);
        p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_profile.footerText);
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, m_profile.formatPageNumber(3, 12));
    }

private:
    BrandingProfile m_profile;
    QImage m_logo;
};

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

QString bannerStyle()
{
    return QStringLiteral("QLabel { background: #fdecea; border: 1px solid #e6a19b;"
                          " border-radius: 4px; padding: 6px 8px; color: #5f1410; }");
}

} // namespace

BrandingEditor::BrandingEditor(Catalog *catalog, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
{
    setWindowTitle(tr("Branding profiles"));
    setObjectName(QStringLiteral("brandingEditor"));
    resize(980, 680);
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    // Left: profiles
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *listLabel = new QLabel(tr("&Profiles:"), left);
    leftLayout->addWidget(listLabel);
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setMinimumWidth(200);
    listLabel->setBuddy(m_list);
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QGridLayout;
    m_addButton = new QPushButton(tr("&Add"), left);
    m_addButton->setObjectName(QStringLiteral("addProfileButton"));
    m_duplicateButton = new QPushButton(tr("D&uplicate"), left);
    m_duplicateButton->setObjectName(QStringLiteral("duplicateProfileButton"));
    m_deleteButton = new QPushButton(tr("&Delete"), left);
    m_deleteButton->setObjectName(QStringLiteral("deleteProfileButton"));
    m_defaultButton = new QPushButton(tr("&Make default"), left);
    m_defaultButton->setObjectName(QStringLiteral("setDefaultButton"));
    m_defaultButton->setToolTip(tr("Reports without their own profile use the default"));
    listButtons->addWidget(m_addButton, 0, 0);
    listButtons->addWidget(m_duplicateButton, 0, 1);
    listButtons->addWidget(m_deleteButton, 1, 0);
    listButtons->addWidget(m_defaultButton, 1, 1);
    leftLayout->addLayout(listButtons);
    splitter->addWidget(left);

    // Right: the selected profile
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_editor = new QWidget;
    scroll->setWidget(m_editor);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({230, 730});
    auto *right = new QVBoxLayout(m_editor);
    m_messageLabel = new QLabel(m_editor);
    m_messageLabel->setObjectName(QStringLiteral("brandingMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(bannerStyle());
    m_messageLabel->setVisible(false);
    right->addWidget(m_messageLabel);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    right->addLayout(form);

    auto addField = [&](const QString &key, const QString &label, QWidget *field, QWidget *row) {
        QLabel *error = EditorSupport::makeErrorLabel(key + QStringLiteral("ErrorLabel"), m_editor);
        form->addRow(buddyLabel(label, field), EditorSupport::withErrorLabel(row, error));
        m_fields.insert(key, {field, error});
    };

    m_nameEdit = new QLineEdit(m_editor);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    addField(QStringLiteral("name"), tr("&Name:"), m_nameEdit, m_nameEdit);

    auto *logoRow = new QWidget(m_editor);
    auto *logoLayout = new QHBoxLayout(logoRow);
    logoLayout->setContentsMargins(0, 0, 0, 0);
    m_logoPreview = new QLabel(logoRow);
    m_logoPreview->setObjectName(QStringLiteral("logoPreview"));
    m_logoPreview->setFixedSize(140, 48);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    m_chooseLogoButton = new QPushButton(tr("C&hoose…"), logoRow);
    m_chooseLogoButton->setObjectName(QStringLiteral("chooseLogoButton"));
    m_chooseLogoButton->setToolTip(tr("PNG, JPEG, GIF, BMP, WebP or SVG, up to 2 MB"));
    m_removeLogoButton = new QPushButton(tr("Remo&ve"), logoRow);
    m_removeLogoButton->setObjectName(QStringLiteral("removeLogoButton"));
    m_logoNameLabel = new QLabel(logoRow);
    m_logoNameLabel->setObjectName(QStringLiteral("logoNameLabel"));
    logoLayout->addWidget(m_logoPreview);
    logoLayout->addWidget(m_chooseLogoButton);
    logoLayout->addWidget(m_removeLogoButton);
    logoLayout->addWidget(m_logoNameLabel, 1);
    addField(QStringLiteral("logo"), tr("&Logo:"), m_chooseLogoButton, logoRow);

    auto *colorRow = new QWidget(m_editor);
    auto *colorLayout = new QHBoxLayout(colorRow);
    colorLayout->setContentsMargins(0, 0, 0, 0);
    m_colorButton = new QPushButton(colorRow);
    m_colorButton->setObjectName(QStringLiteral("accentColorButton"));
    m_colorButton->setToolTip(tr("Choose the accent colour"));
    m_colorButton->setAccessibleName(tr("Choose the accent colour"));
    m_colorEdit = new QLineEdit(colorRow);
    m_colorEdit->setObjectName(QStringLiteral("accentColorEdit"));
    m_colorEdit->setMaxLength(7);
    m_colorEdit->setPlaceholderText(QStringLiteral("#1f6feb"));
    m_colorEdit->setMaximumWidth(110);
    colorLayout->addWidget(m_colorEdit);
    colorLayout->addWidget(m_colorButton);
    colorLayout->addStretch();
    addField(QStringLiteral("accentColor"), tr("A&ccent colour:"), m_colorEdit, colorRow);

    m_headerEdit = new QLineEdit(m_editor);
    m_headerEdit->setObjectName(QStringLiteral("headerTextEdit"));
    addField(QStringLiteral("headerText"), tr("&Header text:"), m_headerEdit, m_headerEdit);
    m_footerEdit = new QLineEdit(m_editor);
    m_footerEdit->setObjectName(QStringLiteral("footerTextEdit"));
    addField(QStringLiteral("footerText"), tr("&Footer text:"), m_footerEdit, m_footerEdit);
    m_footerLinkEdit = new QLineEdit(m_editor);
    m_footerLinkEdit->setObjectName(QStringLiteral("footerLinkEdit"));
    m_footerLinkEdit->setPlaceholderText(QStringLiteral("https://example.com/reports"));
    addField(QStringLiteral("footerLink"), tr("Footer lin&k:"), m_footerLinkEdit, m_footerLinkEdit);
    m_watermarkEdit = new QLineEdit(m_editor);
    m_watermarkEdit->setObjectName(QStringLiteral("watermarkEdit"));
    m_watermarkEdit->setPlaceholderText(tr("e.g. CONFIDENTIAL; empty for none"));
    addField(QStringLiteral("watermarkText"), tr("&Watermark:"), m_watermarkEdit, m_watermarkEdit);
    m_fontCombo = new QFontComboBox(m_editor);
    m_fontCombo->setObjectName(QStringLiteral("fontCombo"));
    addField(QStringLiteral("fontFamily"), tr("F&ont:"), m_fontCombo, m_fontCombo);

    auto *pageRow = new QWidget(m_editor);
    auto *pageLayout = new QHBoxLayout(pageRow);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    m_pageNumberEdit = new QLineEdit(pageRow);
    m_pageNumberEdit->setObjectName(QStringLiteral("pageNumberFormatEdit"));
    m_pageNumberEdit->setToolTip(tr("{page} is the page number, {pages} the page count"));
    m_pageNumberSample = new QLabel(pageRow);
    m_pageNumberSample->setObjectName(QStringLiteral("pageNumberSampleLabel"));
    pageLayout->addWidget(m_pageNumberEdit, 1);
    pageLayout->addWidget(m_pageNumberSample, 1);
    addField(QStringLiteral("pageNumberFormat"), tr("Page &number:"), m_pageNumberEdit, pageRow);

    m_preview = new BrandingPreview(m_editor);
    m_preview->setObjectName(QStringLiteral("brandingPreview"));
    form->addRow(new QLabel(tr("Preview:"), m_editor), m_preview);
    right->addStretch(1);

    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    m_revertButton = new QPushButton(tr("&Revert"), m_editor);
    m_revertButton->setObjectName(QStringLiteral("revertProfileButton"));
    m_saveButton = new QPushButton(tr("&Save profile"), m_editor);
    m_saveButton->setObjectName(QStringLiteral("saveProfileButton"));
    saveRow->addWidget(m_revertButton);
    saveRow->addWidget(m_saveButton);
    right->addLayout(saveRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto text = [this](QString BrandingProfile::*member) {
        return [this, member](const QString &value) {
            if (m_loading)
                return;
            m_edited.*member = value;
            edited();
        };
    };
    connect(m_nameEdit, &QLineEdit::textEdited, this, text(&BrandingProfile::name));
    connect(m_headerEdit, &QLineEdit::textEdited, this, text(&BrandingProfile::headerText));
    connect(m_footerEdit, &QLineEdit::textEdited, this, text(&BrandingProfile::footerText));
    connect(m_footerLinkEdit, &QLineEdit::textEdited, this, text(&BrandingProfile::footerLink));
    connect(m_watermarkEdit, &QLineEdit::textEdited, this, text(&BrandingProfile::watermarkText));
    connect(m_pageNumberEdit, &QLineEdit::textEdited, this,
            text(&BrandingProfile::pageNumberFormat));
    connect(m_colorEdit, &QLineEdit::textEdited, this, text(&BrandingProfile::accentColor));
    connect(m_fontCombo, &QFontComboBox::currentFontChanged, this, [this](const QFont &font) {
        if (m_loading)
            return;
        m_edited.fontFamily = font.family();
        edited();
    });
    connect(m_chooseLogoButton, &QPushButton::clicked, this, &BrandingEditor::chooseLogo);
    connect(m_removeLogoButton, &QPushButton::clicked, this, [this] {
        m_edited.logo.clear();
        m_edited.logoFileName.clear();
        m_logoFileError.clear();
        edited();
    });
    connect(m_colorButton, &QPushButton::clicked, this, &BrandingEditor::chooseColor);
    connect(m_saveButton, &QPushButton::clicked, this, &BrandingEditor::save);
    connect(m_revertButton, &QPushButton::clicked, this, &BrandingEditor::revert);
    connect(m_addButton, &QPushButton::clicked, this, &BrandingEditor::addProfile);
    connect(m_duplicateButton, &QPushButton::clicked, this, &BrandingEditor::duplicateProfile);
    connect(m_deleteButton, &QPushButton::clicked, this, &BrandingEditor::deleteProfile);
    connect(m_defaultButton, &QPushButton::clicked, this, &BrandingEditor::makeDefault);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading || row == m_currentRow)
            return;
        if (!maybeKeepChanges()) {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentRow(m_currentRow);
            return;
        }
        m_currentRow = row;
        m_original = row >= 0 && row < m_profiles.size() ? m_profiles.at(row) : BrandingProfile{};
        m_edited = m_original;
        m_logoFileError.clear();
        showMessage(QString());
        loadEditor();
    });

    const auto def = m_catalog ? m_catalog->defaultBranding() : std::nullopt;
    reloadProfiles(def ? def->id : 0);
}

BrandingEditor::~BrandingEditor() = default;

qint64 BrandingEditor::currentId() const
{
    return m_original.id;
}

void BrandingEditor::reloadProfiles(qint64 select)
{
    m_loading = true;
    m_profiles = m_catalog ? m_catalog->brandingProfiles() : QList<BrandingProfile>();
    m_list->clear();
    int row = m_profiles.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_profiles.size(); ++i) {
        const BrandingProfile &p = m_profiles.at(i);
        auto *item = new QListWidgetItem(p.isDefault ? tr("%1 (default)").arg(p.name) : p.name);
        if (p.isDefault) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
        m_list->addItem(item);
        if (p.id == select)
            row = i;
    }
    m_list->setCurrentRow(row);
    m_currentRow = row;
    m_loading = false;
    m_original = row >= 0 ? m_profiles.at(row) : BrandingProfile{};
    m_edited = m_original;
    m_logoFileError.clear();
    loadEditor();
}

void BrandingEditor::selectProfile(qint64 id)
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            m_list->setCurrentRow(i);
    }
}

void BrandingEditor::loadEditor()
{
    m_loading = true;
    const BrandingProfile &p = m_edited;
    m_editor->setEnabled(p.id != 0);
    m_nameEdit->setText(p.name);
    m_colorEdit->setText(p.accentColor);
    m_headerEdit->setText(p.headerText);
    m_footerEdit->setText(p.footerText);
    m_footerLinkEdit->setText(p.footerLink);
    m_watermarkEdit->setText(p.watermarkText);
    m_fontCombo->setCurrentFont(QFont(p.fontFamily));
    m_pageNumberEdit->setText(p.pageNumberFormat);
    m_loading = false;
    edited();
}

void BrandingEditor::edited()
{
    if (m_loading)
        return;
    const FieldErrors errors = Validation::checkBranding(m_edited);
    QHash<QString, QString> byField;
    for (const FieldError &e : errors)
        byField.insert(e.field, e.message);
    if (!m_logoFileError.isEmpty())
        byField.insert(QStringLiteral("logo"), m_logoFileError);
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        EditorSupport::setFieldError(it->first, it->second, byField.value(it.key()));

    updateLogoPreview();
    updateColorSwatch();
    m_pageNumberSample->setText(m_edited.pageNumberFormat.isEmpty()
                                    ? tr("(no page numbers)")
                                    : tr("Sample: %1").arg(m_edited.formatPageNumber(3, 12)));
    m_preview->setProfile(m_edited);
    const bool modified = isModified();
    m_saveButton->setEnabled(modified && errors.isEmpty());
    m_revertButton->setEnabled(modified);
    m_deleteButton->setEnabled(m_original.id != 0);
    m_duplicateButton->setEnabled(m_original.id != 0);
    m_defaultButton->setEnabled(m_original.id != 0 && !m_original.isDefault);
    if (QListWidgetItem *item = m_list->item(m_currentRow)) {
        QString text =
            m_original.isDefault ? tr("%1 (default)").arg(m_original.name) : m_original.name;
        if (modified)
            text += QStringLiteral(" *");
        item->setText(text);
    }
}

void BrandingEditor::showMessage(const QString &message)
{
    m_messageLabel->setText(message);
    m_messageLabel->setVisible(!message.isEmpty());
}

bool BrandingEditor::save()
{
    if (!m_catalog || m_edited.id == 0)
        return false;
    const auto saved = m_catalog->saveBranding(m_edited);
    if (!saved) {
        showMessage(saved.error());
        return false;
    }
    showMessage(QString());
    reloadProfiles(saved->id);
    return true;
}

void BrandingEditor::revert()
{
    m_edited = m_original;
    m_logoFileError.clear();
    showMessage(QString());
    loadEditor();
}

bool BrandingEditor::maybeKeepChanges()
{
    if (!isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("The profile \"%1\" has unsaved changes. Save them?").arg(m_original.name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    revert();
    return true;
}

void BrandingEditor::done(int result)
{
    if (!maybeKeepChanges())
        return;
    QDialog::done(result);
}

void BrandingEditor::addProfile()
{
    if (!m_catalog || !maybeKeepChanges())
        return;
    BrandingProfile p;
    QStringList names;
    for (const BrandingProfile &existing : std::as_const(m_profiles))
        names.append(existing.name);
    p.name = tr("New profile");
    for (int n = 2; names.contains(p.name); ++n)
        p.name = tr("New profile %1").arg(n);
    const auto saved = m_catalog->saveBranding(p);
    if (!saved) {
        showMessage(saved.error());
        return;
    }
    reloadProfiles(saved->id);
    m_nameEdit->setFocus();
    m_nameEdit->selectAll();
}

void BrandingEditor::duplicateProfile()
{
    if (!m_catalog || m_original.id == 0 || !maybeKeepChanges())
        return;
    BrandingProfile copy = m_original;
    copy.id = 0;
    copy.isDefault = false;
    QStringList names;
    for (const BrandingProfile &existing : std::as_const(m_profiles))
        names.append(existing.name);
    copy.name = tr("%1 copy").arg(m_original.name);
    for (int n = 2; names.contains(copy.name); ++n)
        copy.name = tr("%1 copy %2").arg(m_original.name).arg(n);
    const auto saved = m_catalog->saveBranding(copy);
    if (!saved) {
        showMessage(saved.error());
        return;
    }
    reloadProfiles(saved->id);
}

void BrandingEditor::deleteProfile()
{
    if (!m_catalog || m_original.id == 0)
        return;
    // The catalog refuses to delete the default profile and says why; no need to ask first.
    if (!m_original.isDefault &&
        QMessageBox::question(this, tr("Delete profile"),
                              tr("Delete the branding profile \"%1\"? Reports that use it fall "
                                 "back to the default profile.")
                                  .arg(m_original.name)) != QMessageBox::Yes)
        return;
    const Status status = m_catalog->deleteBranding(m_original.id);
    if (!status) {
        showMessage(status.error());
        return;
    }
    const auto def = m_catalog->defaultBranding();
    m_original = m_edited = BrandingProfile{};
    reloadProfiles(def ? def->id : 0);
}

void BrandingEditor::makeDefault()
{
    if (!m_catalog || m_original.id == 0 || !maybeKeepChanges())
        return;
    const qint64 id = m_original.id;
    const Status status = m_catalog->setDefaultBranding(id);
    if (!status) {
        showMessage(status.error());
        return;
    }
    reloadProfiles(id);
}

void BrandingEditor::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose logo"), QString(),
        tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.svg);;All files (*)"));
    if (!path.isEmpty())
        loadLogoFile(path);
}

bool BrandingEditor::loadLogoFile(const QString &path)
{
    QFile file(path);
    QString error;
    QByteArray bytes;
    if (!file.open(QIODevice::ReadOnly))
        error = tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
    else if (file.size() > BrandingProfile::kMaxLogoBytes) // not read: it is refused anyway
        error = tr("The logo is %1 MB; the limit is 2 MB.")
                    .arg(QString::number(double(file.size()) / (1024.0 * 1024.0), 'f', 1));
    else
        bytes = file.readAll();
    if (error.isEmpty())
        error = Validation::checkLogo(bytes);
    if (error.isEmpty() && bytes.isEmpty())
        error = tr("%1 is empty.").arg(QFileInfo(path).fileName());
    m_logoFileError = error;
    if (error.isEmpty()) {
        m_edited.logo = bytes;
        m_edited.logoFileName = QFileInfo(path).fileName();
    }
    edited();
    return error.isEmpty();
}

void BrandingEditor::chooseColor()
{
    const QColor initial = QColor::isValidColorName(m_edited.accentColor)
                               ? QColor::fromString(m_edited.accentColor)
                               : QColor(0x1f, 0x6f, 0xeb);
    const QColor chosen = QColorDialog::getColor(initial, this, tr("Accent colour"));
    if (!chosen.isValid())
        return;
    m_edited.accentColor = chosen.name(QColor::HexRgb);
    m_colorEdit->setText(m_edited.accentColor);
    edited();
}

void BrandingEditor::updateColorSwatch()
{
    QPixmap swatch(28, 16);
    const bool valid = QColor::isValidColorName(m_edited.accentColor);
    swatch.fill(valid ? QColor::fromString(m_edited.accentColor) : QColor(Qt::transparent));
    if (!valid) {
        QPainter p(&swatch);
        p.setPen(Qt::gray);
        p.drawRect(swatch.rect().adjusted(0, 0, -1, -1));
        p.drawLine(swatch.rect().bottomLeft(), swatch.rect().topRight());
    }
    m_colorButton->setIcon(QIcon(swatch));
    m_colorButton->setIconSize(swatch.size());
    m_colorButton->setText(tr("Pick…"));
}

void BrandingEditor::updateLogoPreview()
{
    const QImage image = QImage::fromData(m_edited.logo);
    m_removeLogoButton->setEnabled(!m_edited.logo.isEmpty());
    if (image.isNull()) {
        m_logoPreview->setPixmap(QPixmap());
        m_logoPreview->setText(m_edited.logo.isEmpty() ? tr("No logo") : tr("(cannot preview)"));
    } else {
        m_logoPreview->setPixmap(QPixmap::fromImage(image.scaled(
            m_logoPreview->size() - QSize(8, 8), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    m_logoNameLabel->setText(m_edited.logo.isEmpty()
                                 ? QString()
                                 : tr("%1 (%2 KB)")
                                       .arg(m_edited.logoFileName)
                                       .arg((m_edited.logo.size() + 1023) / 1024));
}

} // namespace reportdesk
