#pragma once

#include <QIcon>
#include <QString>

namespace winnow::resources {

// The reverse-DNS id that names the .desktop file, the AppStream metainfo and
// the installed icon; desktops match a running window to its launcher by it.
inline constexpr char kAppId[] = "io.github.winnow_automl.Winnow";

// The action icons in resources/icons/actions.
enum class ActionIcon { NewJob, Open, Stop, Clone, Delete, Predict, Export, Download, Refresh };

// Every ActionIcon, for code and tests that walk them all.
inline constexpr ActionIcon kAllActionIcons[] = {
    ActionIcon::NewJob, ActionIcon::Open,     ActionIcon::Stop,
    ActionIcon::Clone,  ActionIcon::Delete,   ActionIcon::Predict,
    ActionIcon::Export, ActionIcon::Download, ActionIcon::Refresh,
};

QIcon applicationIcon();
QIcon actionIcon(ActionIcon icon);
// The resource path of an action icon, e.g. ":/icons/actions/stop.svg".
QString actionIconPath(ActionIcon icon);
// The resource path of the empty job list's picture.
QString dropCsvIllustrationPath();

// The folder holding the bundled sample datasets, or an empty string when
// none is found. Looks, in order, at $WINNOW_SAMPLES_DIR, beside the program
// (share/winnow/samples of its prefix), in the XDG data folders, and, for a
// program run from the build tree, in the source tree.
QString samplesDirectory();
// The sample churn dataset, or an empty string when it is not found.
QString sampleCsvFile();

} // namespace winnow::resources
