package org.stockroom.domain.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** One site-wide setting, shared by every workstation (the idle lock's time, ...). Changes are audited. */
@Entity
@Audited
@Table(name = "site_setting")
public class SiteSetting {

    @Id
    @Column(length = 60)
    private String name;

    @Column(name = "setting_value", nullable = false, length = 200)
    private String value;

    @Version
    @Column(nullable = false)
    private long version;

    protected SiteSetting() {
        // for Hibernate
    }

    public SiteSetting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    public void change(String value) {
        this.value = value;
    }
}
