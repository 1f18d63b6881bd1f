/** The stock commands (receive, issue, adjust, count, transfer), idempotent through their command keys. */
package org.stockroom.service.stock;
