#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace winnow::engine {

// A stretch of the text that stays readable while this object lives:
// mapped from a file, copied into a buffer, or a view of text in memory.
class TextPiece {
public:
    virtual ~TextPiece() = default;
    std::string_view text() const { return m_text; }

protected:
    std::string_view m_text;
};

// The bytes of a CSV text, read front to back in blocks: from memory, from
// a plain file, or inflated on the fly from a gzip file. Offsets are those
// of the text itself (after decompression). Failures throw InputError
// naming the source.
class ByteSource {
public:
    virtual ~ByteSource() = default;

    const std::string& name() const { return m_name; }

    // Reads up to `size` bytes at the current position into `buffer`;
    // returns how many, 0 at the end of the text.
    virtual std::size_t read(char* buffer, std::size_t size) = 0;
    // Goes back to the start of the text.
    virtual void rewind() = 0;
    // Reads at `offset` without disturbing sequential reading, for sources
    // that can (memory and plain files). Returns how many bytes were read.
    virtual bool canReadAt() const { return false; }
    virtual std::size_t readAt(std::uint64_t offset, char* buffer, std::size_t size);
    // The text from `offset`, up to `size` bytes, for sources that can
    // read at an offset. Plain files map it rather than copy it.
    virtual std::unique_ptr<TextPiece> piece(std::uint64_t offset, std::size_t size);
    // The whole text, when it is already in memory.
    virtual const std::string_view* wholeText() const { return nullptr; }
    // The size of what is stored (compressed size for gzip).
    virtual std::uint64_t storedBytes() const = 0;
    virtual bool compressed() const { return false; }
    // For compressed sources: stored bytes consumed so far, to estimate
    // the text's size from how much of it was inflated.
    virtual std::uint64_t storedBytesConsumed() const { return 0; }

    // Reads until `size` bytes or the end; returns how many.
    std::size_t readFully(char* buffer, std::size_t size);
    // Skips `size` bytes of sequential reading.
    void skip(std::uint64_t size);

protected:
    explicit ByteSource(std::string name) : m_name(std::move(name)) {}

private:
    std::string m_name;
};

std::unique_ptr<ByteSource> memorySource(std::string_view text, std::string name);
// Opens a file; gzip is recognised by its magic bytes, whatever the name.
std::unique_ptr<ByteSource> openFileSource(const std::filesystem::path& file);

} // namespace winnow::engine
