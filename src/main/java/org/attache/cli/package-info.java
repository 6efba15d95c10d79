/**
 * The commands ({@code attache run}, {@code search}, {@code report}, {@code serve}, ...): options, messages
 * and exit codes. The top layer: may import every package; none imports it.
 */
package org.attache.cli;
