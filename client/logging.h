#pragma once

#include <QLoggingCategory>

namespace winnow::client {

// "winnow.client": remote backends, their configuration and their keys.
Q_DECLARE_LOGGING_CATEGORY(lcClient)

} // namespace winnow::client
