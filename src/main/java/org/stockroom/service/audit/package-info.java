/** The audit trail read back: field changes for the Audit page and product history, and verify's check. */
package org.stockroom.service.audit;
