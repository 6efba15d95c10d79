/**
 * Small file helpers shared by every layer (writing a file by temporary name and rename). The bottom
 * layer with {@code model}: imports no other package of Attaché.
 */
package org.attache.io;
