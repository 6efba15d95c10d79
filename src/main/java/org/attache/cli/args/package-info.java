/**
 * The argument parser of the commands: options, help and suggestions. Part of {@code cli}: may import
 * every package; none but {@code cli} imports it.
 */
package org.attache.cli.args;
