/** Import from CSV and XLSX files (products, locations, stock) and export to them: one engine for window and CLI. */
package org.stockroom.service.transfer;
