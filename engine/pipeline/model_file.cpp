#include "engine/pipeline/model_file.h"

#include "engine/core/errors.h"

#include <array>
#include <bit>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <random>
#include <unistd.h>
#include <zlib.h>

namespace winnow::engine {
namespace {

static_assert(std::endian::native == std::endian::little,
              "the model file stores little-endian numbers; add byte swapping for this platform");

constexpr std::array<char, 8> kMagic{'\x89', 'W', 'N', 'W', '\r', '\n', '\x1a', '\n'};
constexpr std::size_t kFixedHeader = 16;

std::size_t padTo8(std::size_t size)
{
    return (size + 7) & ~std::size_t(7);
}

template <typename T>
void appendLittleEndian(std::string& out, T value)
{
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    out.append(bytes, sizeof(T));
}

template <typename T>
T readLittleEndian(const std::string& bytes, std::size_t offset)
{
    T value;
    std::memcpy(&value, bytes.data() + offset, sizeof(T));
    return value;
}

std::uint32_t crc32Of(std::string_view bytes)
{
    uLong crc = crc32(0L, Z_NULL, 0);
    const auto* data = reinterpret_cast<const Bytef*>(bytes.data());
    std::size_t left = bytes.size();
    while (left > 0) {
        auto chunk = static_cast<uInt>(std::min<std::size_t>(left, 1u << 30));
        crc = crc32(crc, data, chunk);
        data += chunk;
        left -= chunk;
    }
    return static_cast<std::uint32_t>(crc);
}

} // namespace

void writeFileAtomically(const std::filesystem::path& file, std::string_view bytes)
{
    std::random_device entropy;
    auto temporary = file;
    temporary += ".tmp-" + std::to_string(entropy());
    int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        throw InputError("cannot write " + file.string() + ": " + std::strerror(errno));
    const char* data = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        ssize_t written = ::write(fd, data, left);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            int error = errno;
            ::close(fd);
            ::unlink(temporary.c_str());
            throw InputError("cannot write " + file.string() + ": " + std::strerror(error));
        }
        data += written;
        left -= static_cast<std::size_t>(written);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        int error = errno;
        ::unlink(temporary.c_str());
        throw InputError("cannot write " + file.string() + ": " + std::strerror(error));
    }
    std::error_code ec;
    std::filesystem::rename(temporary, file, ec);
    if (ec) {
        ::unlink(temporary.c_str());
        throw InputError("cannot write " + file.string() + ": " + ec.message());
    }
}

void writeModelFile(const std::filesystem::path& file, const ModelFileContents& contents)
{
    std::string data;
    nlohmann::json states = nlohmann::json::array();
    auto place = [&](const void* bytes, std::size_t size) {
        data.resize(padTo8(data.size()));
        std::size_t offset = data.size();
        data.append(static_cast<const char*>(bytes), size);
        return offset;
    };
    for (const auto& state : contents.states) {
        nlohmann::json arrays = nlohmann::json::object();
        for (const auto& [key, values] : state.arrays)
            arrays[key] = {{"offset", place(values.data(), values.size() * sizeof(double))},
                           {"count", values.size()}};
        nlohmann::json blobs = nlohmann::json::object();
        for (const auto& [key, bytes] : state.blobs)
            blobs[key] = {{"offset", place(bytes.data(), bytes.size())}, {"length", bytes.size()}};
        states.push_back({{"values", state.values}, {"arrays", arrays}, {"blobs", blobs}});
    }
    nlohmann::json header{
        {"model", contents.model}, {"states", states}, {"dataBytes", data.size()}};
    std::string headerText = header.dump();

    std::string out;
    out.reserve(kFixedHeader + padTo8(headerText.size()) + data.size() + 4);
    out.append(kMagic.data(), kMagic.size());
    appendLittleEndian<std::uint32_t>(out, kModelFormatVersion);
    appendLittleEndian<std::uint32_t>(out, static_cast<std::uint32_t>(headerText.size()));
    out += headerText;
    out.resize(padTo8(out.size()));
    out += data;
    appendLittleEndian<std::uint32_t>(out, crc32Of(out));
    writeFileAtomically(file, out);
}

ModelFileContents readModelFile(const std::filesystem::path& file)
{
    auto fail = [&](const std::string& problem) -> InputError {
        return InputError(file.string() + ": " + problem);
    };
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw fail("cannot open the model file");
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (bytes.size() < kFixedHeader + 4 ||
        std::memcmp(bytes.data(), kMagic.data(), kMagic.size()) != 0)
        throw fail("not a Winnow model file");
    auto version = readLittleEndian<std::uint32_t>(bytes, 8);
    if (version > kModelFormatVersion)
        throw fail("the model was written by a newer Winnow (model format " +
                   std::to_string(version) + "); this version reads format " +
                   std::to_string(kModelFormatVersion) + " and older");
    if (version == 0)
        throw fail("the model file is damaged (format version 0)");
    auto storedCrc = readLittleEndian<std::uint32_t>(bytes, bytes.size() - 4);
    if (crc32Of(std::string_view(bytes).substr(0, bytes.size() - 4)) != storedCrc)
        throw fail("the model file is damaged or truncated (checksum mismatch)");

    auto headerLength = readLittleEndian<std::uint32_t>(bytes, 12);
    if (kFixedHeader + std::size_t(headerLength) > bytes.size() - 4)
        throw fail("the model file is damaged (header length out of range)");
    nlohmann::json header;
    try {
        header = nlohmann::json::parse(bytes.substr(kFixedHeader, headerLength));
    } catch (const nlohmann::json::exception&) {
        throw fail("the model file is damaged (unreadable header)");
    }
    std::size_t dataStart = padTo8(kFixedHeader + headerLength);
    try {
        auto dataBytes = header.at("dataBytes").get<std::size_t>();
        if (dataStart + dataBytes != bytes.size() - 4)
            throw fail("the model file is damaged (data length mismatch)");
        auto slice = [&](std::size_t offset, std::size_t length) {
            if (offset > dataBytes || length > dataBytes - offset)
                throw fail("the model file is damaged (a section lies outside the data)");
            return bytes.data() + dataStart + offset;
        };
        ModelFileContents contents;
        contents.model = header.at("model");
        for (const auto& entry : header.at("states")) {
            SavedState state;
            state.values = entry.at("values");
            for (const auto& [key, where] : entry.at("arrays").items()) {
                auto count = where.at("count").get<std::size_t>();
                if (count > dataBytes / sizeof(double))
                    throw fail("the model file is damaged (array too long)");
                const char* start =
                    slice(where.at("offset").get<std::size_t>(), count * sizeof(double));
                std::vector<double> values(count);
                // An empty array has no storage to copy into (memcpy wants
                // valid pointers even for zero bytes).
                if (count > 0)
                    std::memcpy(values.data(), start, count * sizeof(double));
                state.arrays.emplace(key, std::move(values));
            }
            for (const auto& [key, where] : entry.at("blobs").items()) {
                auto length = where.at("length").get<std::size_t>();
                const char* start = slice(where.at("offset").get<std::size_t>(), length);
                state.blobs.emplace(key, std::vector<std::uint8_t>(start, start + length));
            }
            contents.states.push_back(std::move(state));
        }
        return contents;
    } catch (const nlohmann::json::exception& error) {
        throw fail(std::string("the model file is damaged (") + error.what() + ")");
    }
}

} // namespace winnow::engine
