// A thin RAII layer over SQLite: a connection and prepared statements that throw IoError.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace footprint::core::sqlite {

/// One open database file. Move-only; closes on destruction.
class Database {
 public:
  /// Opens read-only (the gazetteer) or read-write-create (the index builder).
  static Database open(const std::filesystem::path& path, bool writable = false);

  /// Runs SQL that returns no rows (schema, transactions); throws IoError on failure.
  void exec(const std::string& sql);
  sqlite3* handle() const { return db_.get(); }

 private:
  struct Closer {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
  };
  std::unique_ptr<sqlite3, Closer> db_;
};

/// A prepared statement. Bind with 1-based indexes, step, read 0-based columns, reset to reuse.
class Statement {
 public:
  Statement(const Database& db, std::string_view sql);

  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, double value);
  /// Advances to the next row; false when there are no more. Throws IoError on failure.
  bool step();
  /// Clears bindings and rewinds, for running the statement again.
  void reset();

  std::string text(int column) const;
  std::int64_t integer(int column) const;
  double real(int column) const;

 private:
  struct Finalizer {
    void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
  };
  std::unique_ptr<sqlite3_stmt, Finalizer> stmt_;
  sqlite3* db_;
};

}  // namespace footprint::core::sqlite
