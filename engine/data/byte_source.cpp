#include "engine/data/byte_source.h"

#include "engine/core/errors.h"

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace winnow::engine {

std::size_t ByteSource::readAt(std::uint64_t, char*, std::size_t)
{
    throw std::logic_error("this source cannot read at an offset");
}

namespace {

class CopiedPiece : public TextPiece {
public:
    CopiedPiece(ByteSource& source, std::uint64_t offset, std::size_t size) : m_buffer(size, '\0')
    {
        m_buffer.resize(source.readAt(offset, m_buffer.data(), size));
        m_text = m_buffer;
    }

private:
    std::string m_buffer;
};

class ViewPiece : public TextPiece {
public:
    explicit ViewPiece(std::string_view text) { m_text = text; }
};

// Pages mapped straight from the page cache: no copy, and they leave the
// process's resident memory when unmapped.
class MappedPiece : public TextPiece {
public:
    MappedPiece(void* mapping, std::size_t mappedSize, std::size_t skip, std::size_t size)
        : m_mapping(mapping)
        , m_mappedSize(mappedSize)
    {
        m_text = std::string_view(static_cast<const char*>(mapping) + skip, size);
    }
    ~MappedPiece() override { ::munmap(m_mapping, m_mappedSize); }
    MappedPiece(const MappedPiece&) = delete;
    MappedPiece& operator=(const MappedPiece&) = delete;

private:
    void* m_mapping;
    std::size_t m_mappedSize;
};

} // namespace

std::unique_ptr<TextPiece> ByteSource::piece(std::uint64_t offset, std::size_t size)
{
    return std::make_unique<CopiedPiece>(*this, offset, size);
}

std::size_t ByteSource::readFully(char* buffer, std::size_t size)
{
    std::size_t total = 0;
    while (total < size) {
        std::size_t got = read(buffer + total, size - total);
        if (got == 0)
            break;
        total += got;
    }
    return total;
}

void ByteSource::skip(std::uint64_t size)
{
    std::vector<char> scratch(std::min<std::uint64_t>(size, 1 << 20));
    while (size > 0) {
        std::size_t got = read(scratch.data(), std::min<std::uint64_t>(size, scratch.size()));
        if (got == 0)
            break;
        size -= got;
    }
}

namespace {

InputError fileError(const std::string& file, const std::string& problem)
{
    return InputError(problem, FileLocation{file, 0, 0});
}

class MemorySource : public ByteSource {
public:
    MemorySource(std::string_view text, std::string name)
        : ByteSource(std::move(name))
        , m_text(text)
    {}

    std::size_t read(char* buffer, std::size_t size) override
    {
        std::size_t count = readAt(m_position, buffer, size);
        m_position += count;
        return count;
    }
    void rewind() override { m_position = 0; }
    bool canReadAt() const override { return true; }
    std::size_t readAt(std::uint64_t offset, char* buffer, std::size_t size) override
    {
        if (offset >= m_text.size())
            return 0;
        std::size_t count = std::min<std::size_t>(size, m_text.size() - offset);
        std::memcpy(buffer, m_text.data() + offset, count);
        return count;
    }
    const std::string_view* wholeText() const override { return &m_text; }
    std::unique_ptr<TextPiece> piece(std::uint64_t offset, std::size_t size) override
    {
        if (offset >= m_text.size())
            return std::make_unique<ViewPiece>(std::string_view());
        return std::make_unique<ViewPiece>(m_text.substr(offset, size));
    }
    std::uint64_t storedBytes() const override { return m_text.size(); }

private:
    std::string_view m_text;
    std::size_t m_position = 0;
};

// A file descriptor that closes itself.
class FileHandle {
public:
    FileHandle(const std::filesystem::path& file) : m_fd(::open(file.c_str(), O_RDONLY | O_CLOEXEC))
    {}
    ~FileHandle()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileHandle(const FileHandle&) = delete;
    FileHandle& operator=(const FileHandle&) = delete;
    int fd() const { return m_fd; }

private:
    int m_fd;
};

class PlainFileSource : public ByteSource {
public:
    PlainFileSource(std::unique_ptr<FileHandle> handle, std::uint64_t size, std::string name)
        : ByteSource(std::move(name))
        , m_handle(std::move(handle))
        , m_size(size)
    {
        // The reader goes through the file once or twice, front to back.
        ::posix_fadvise(m_handle->fd(), 0, 0, POSIX_FADV_SEQUENTIAL);
    }

    std::size_t read(char* buffer, std::size_t size) override
    {
        std::size_t count = readAt(m_position, buffer, size);
        m_position += count;
        return count;
    }
    void rewind() override { m_position = 0; }
    bool canReadAt() const override { return true; }
    std::size_t readAt(std::uint64_t offset, char* buffer, std::size_t size) override
    {
        std::size_t total = 0;
        while (total < size) {
            ssize_t got = ::pread(m_handle->fd(), buffer + total, size - total,
                                  static_cast<off_t>(offset + total));
            if (got < 0) {
                if (errno == EINTR)
                    continue;
                throw fileError(name(),
                                std::string("cannot read the file: ") + std::strerror(errno));
            }
            if (got == 0)
                break;
            total += static_cast<std::size_t>(got);
        }
        return total;
    }
    std::uint64_t storedBytes() const override { return m_size; }

    std::unique_ptr<TextPiece> piece(std::uint64_t offset, std::size_t size) override
    {
        if (offset >= m_size)
            return std::make_unique<ViewPiece>(std::string_view());
        size = static_cast<std::size_t>(std::min<std::uint64_t>(size, m_size - offset));
        const std::uint64_t pageSize = static_cast<std::uint64_t>(::sysconf(_SC_PAGESIZE));
        const std::uint64_t mappedOffset = offset - offset % pageSize;
        const std::size_t skip = static_cast<std::size_t>(offset - mappedOffset);
        void* mapping = ::mmap(nullptr, skip + size, PROT_READ, MAP_PRIVATE | MAP_POPULATE,
                               m_handle->fd(), static_cast<off_t>(mappedOffset));
        if (mapping == MAP_FAILED)
            return ByteSource::piece(offset, size);
        return std::make_unique<MappedPiece>(mapping, skip + size, skip, size);
    }

private:
    std::unique_ptr<FileHandle> m_handle;
    std::uint64_t m_size;
    std::uint64_t m_position = 0;
};

// Inflates a gzip file as it is read, one member after another (gzip
// files may be concatenated), without ever holding more than a block of it.
class GzipSource : public ByteSource {
public:
    GzipSource(std::unique_ptr<FileHandle> handle, std::uint64_t size, std::string name)
        : ByteSource(std::move(name))
        , m_handle(std::move(handle))
        , m_size(size)
        , m_input(1 << 20)
    {
        start();
    }
    ~GzipSource() override { inflateEnd(&m_stream); }

    std::size_t read(char* buffer, std::size_t size) override
    {
        m_stream.next_out = reinterpret_cast<Bytef*>(buffer);
        // zlib counts in 32-bit units.
        m_stream.avail_out = static_cast<uInt>(std::min<std::size_t>(size, 1u << 30));
        std::size_t wanted = m_stream.avail_out;
        while (m_stream.avail_out > 0 && !m_finished) {
            if (m_stream.avail_in == 0 && !refill()) {
                if (!m_betweenMembers)
                    throw fileError(name(), "the gzip file is truncated");
                m_finished = true;
                break;
            }
            if (m_betweenMembers) {
                inflateReset(&m_stream);
                m_betweenMembers = false;
            }
            int status = inflate(&m_stream, Z_NO_FLUSH);
            if (status == Z_STREAM_END) {
                m_betweenMembers = true;
                continue;
            }
            if (status != Z_OK && status != Z_BUF_ERROR)
                throw fileError(name(), std::string("the gzip file is corrupt: ") +
                                            (m_stream.msg ? m_stream.msg : "inflate failed"));
            if (status == Z_BUF_ERROR && m_stream.avail_in > 0)
                throw fileError(name(), "the gzip file is corrupt");
        }
        return wanted - m_stream.avail_out;
    }

    void rewind() override
    {
        inflateEnd(&m_stream);
        m_readOffset = 0;
        m_consumedBefore = 0;
        m_finished = false;
        start();
    }
    std::uint64_t storedBytes() const override { return m_size; }
    bool compressed() const override { return true; }
    std::uint64_t storedBytesConsumed() const override
    {
        return m_consumedBefore - m_stream.avail_in;
    }

private:
    void start()
    {
        m_stream = z_stream{};
        // 15 + 16: a gzip wrapper, with the largest window.
        if (inflateInit2(&m_stream, 15 + 16) != Z_OK)
            throw std::runtime_error("zlib could not be initialised");
        m_betweenMembers = false;
    }

    bool refill()
    {
        for (;;) {
            ssize_t got = ::pread(m_handle->fd(), m_input.data(), m_input.size(),
                                  static_cast<off_t>(m_readOffset));
            if (got < 0) {
                if (errno == EINTR)
                    continue;
                throw fileError(name(),
                                std::string("cannot read the file: ") + std::strerror(errno));
            }
            m_readOffset += static_cast<std::uint64_t>(got);
            m_consumedBefore += static_cast<std::uint64_t>(got);
            m_stream.next_in = reinterpret_cast<Bytef*>(m_input.data());
            m_stream.avail_in = static_cast<uInt>(got);
            return got > 0;
        }
    }

    std::unique_ptr<FileHandle> m_handle;
    std::uint64_t m_size;
    std::vector<char> m_input;
    z_stream m_stream{};
    std::uint64_t m_readOffset = 0;
    std::uint64_t m_consumedBefore = 0;
    bool m_betweenMembers = false;
    bool m_finished = false;
};

} // namespace

std::unique_ptr<ByteSource> memorySource(std::string_view text, std::string name)
{
    return std::make_unique<MemorySource>(text, std::move(name));
}

std::unique_ptr<ByteSource> openFileSource(const std::filesystem::path& file)
{
    std::string name = file.string();
    auto handle = std::make_unique<FileHandle>(file);
    if (handle->fd() < 0)
        throw fileError(name, std::string("cannot open the file: ") + std::strerror(errno));
    struct stat info {};
    if (::fstat(handle->fd(), &info) != 0)
        throw fileError(name, std::string("cannot read the file: ") + std::strerror(errno));
    if (S_ISDIR(info.st_mode))
        throw fileError(name, "cannot read the file: it is a folder");
    auto size = static_cast<std::uint64_t>(info.st_size);
    unsigned char magic[2] = {0, 0};
    ssize_t got = ::pread(handle->fd(), magic, 2, 0);
    if (got < 0)
        throw fileError(name, std::string("cannot read the file: ") + std::strerror(errno));
    if (got == 2 && magic[0] == 0x1f && magic[1] == 0x8b)
        return std::make_unique<GzipSource>(std::move(handle), size, std::move(name));
    return std::make_unique<PlainFileSource>(std::move(handle), size, std::move(name));
}

} // namespace winnow::engine
