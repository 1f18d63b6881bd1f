/** Backup files of the embedded database: H2's online BACKUP, unpacking a backup, and reading a copy. */
package org.stockroom.persistence.backup;
