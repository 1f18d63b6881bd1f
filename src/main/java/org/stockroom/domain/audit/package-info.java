/** The audit trail's revision: who changed audited data, when and where. */
package org.stockroom.domain.audit;
