// The exception hierarchy of footprint: one root, one type per kind of failure a user can meet.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>

namespace footprint {

/// Root of every error footprint reports to a user.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A command-line value that cannot be understood (a date, a coordinate, a status).
class UsageError : public Error {
 public:
  using Error::Error;
};

/// A file could not be read, written, locked or renamed.
class IoError : public Error {
 public:
  using Error::Error;
};

/// An offline data file (the gazetteer, the basemap) that is not there: data/build makes it.
class MissingData : public IoError {
 public:
  using IoError::IoError;
};

/// A journal that cannot be parsed or does not validate. Carries where, when known.
class JournalError : public Error {
 public:
  JournalError(const std::string& message, std::string file = {}, std::size_t line = 0,
               std::size_t column = 0)
      : Error(message), file_(std::move(file)), line_(line), column_(column) {}
  const std::string& file() const { return file_; }
  std::size_t line() const { return line_; }      ///< 1-based; 0 when not about a position
  std::size_t column() const { return column_; }  ///< 1-based; 0 when not about a position

 private:
  std::string file_;
  std::size_t line_;
  std::size_t column_;
};

/// No entry (or place) answers to what the user named.
class NotFound : public Error {
 public:
  using Error::Error;
};

/// What the user named matches several things; the message lists them.
class Ambiguous : public Error {
 public:
  using Error::Error;
};

/// A style file that is not valid; carries the JSON pointer of the problem.
class StyleError : public Error {
 public:
  StyleError(const std::string& message, std::string pointer)
      : Error(message), pointer_(std::move(pointer)) {}
  const std::string& pointer() const { return pointer_; }

 private:
  std::string pointer_;
};

}  // namespace footprint
