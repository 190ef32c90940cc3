#include "client/logging.h"

namespace winnow::client {

Q_LOGGING_CATEGORY(lcClient, "winnow.client")

} // namespace winnow::client
