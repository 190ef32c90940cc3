#pragma once

#include "engine/core/saved_state.h"

#include <filesystem>
#include <vector>

#include <nlohmann/json.hpp>

namespace winnow::engine {

// The model file, `model.winnow`: data only, never code (docs/model-format.md).
//
//   offset  size  content
//   0       8     magic 89 57 4E 57 0D 0A 1A 0A ("\x89WNW\r\n\x1a\n")
//   8       4     format version, little-endian (kModelFormatVersion)
//   12      4     header length H, little-endian
//   16      H     header: UTF-8 JSON
//   ...           zero padding to a multiple of 8
//   D       N     data: float64 arrays (little-endian) and blobs, each
//                 starting at a multiple of 8 from D; N is header.dataBytes
//   D+N     4     CRC-32 (zlib) of every byte before it, little-endian
//
// The header holds the caller's JSON under "model" and, under "states", one
// entry per SavedState: its values, and the offset and length in the data
// section of each array and blob.
inline constexpr std::uint32_t kModelFormatVersion = 1;

struct ModelFileContents {
    nlohmann::json model;
    std::vector<SavedState> states;
};

// Writes to a temporary file beside `file`, flushes it to disk, then renames
// it over `file`, so a reader never sees a half-written model.
void writeModelFile(const std::filesystem::path& file, const ModelFileContents& contents);

// Throws InputError naming the file when it is missing, not a Winnow model,
// written by a newer format version, truncated or damaged (CRC mismatch).
ModelFileContents readModelFile(const std::filesystem::path& file);

// Writes `bytes` to `file` through a temporary file and a rename; shared by
// every artifact the engine writes.
void writeFileAtomically(const std::filesystem::path& file, std::string_view bytes);

} // namespace winnow::engine
