#include "jobs/logging.h"

namespace winnow::jobs {

Q_LOGGING_CATEGORY(lcJobs, "winnow.jobs")

} // namespace winnow::jobs
