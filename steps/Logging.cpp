#include "Logging.h"

#include <QDir>
#include <QFile>
#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace dceha {

std::shared_ptr<spdlog::logger> setupLogging(const QString& stateDir, bool verbose)
{
    std::vector<spdlog::sink_ptr> sinks;
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
    console->set_pattern("%^%l%$: %v");
    sinks.push_back(console);
    if (!stateDir.isEmpty() && QDir().mkpath(stateDir)) {
        try {
            auto file = std::make_shared<spdlog::sinks::basic_file_sink_mt>(
                QFile::encodeName(stateDir + QStringLiteral("/dce-ha-wizard.log")).toStdString());
            file->set_level(spdlog::level::debug);
            file->set_pattern("%Y-%m-%d %H:%M:%S.%e [%l] %v");
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex& e) {
            console->log(spdlog::details::log_msg("", spdlog::level::warn, e.what()));
        }
    }
    auto logger = std::make_shared<spdlog::logger>("dce-ha-wizard", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::debug);
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
    return logger;
}

} // namespace dceha
