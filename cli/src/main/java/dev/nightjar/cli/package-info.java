/**
 * The {@code nightjar} command line: one picocli command class per command, the exit codes, error
 * reporting and progress output. The only module (with {@code live}) that carries a logging
 * backend.
 */
package dev.nightjar.cli;
