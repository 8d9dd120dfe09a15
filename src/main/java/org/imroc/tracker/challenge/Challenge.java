package org.imroc.tracker.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One of ImROC's 10 key organisational challenges, against which a Trust assesses itself. Reference data with
 * a stable number and code, seeded by a migration (wording can change; the code and number do not).
 */
@Entity
@Table(name = "challenges")
public class Challenge {

    @Id
    @Column(nullable = false)
    private int number;

    @Column(nullable = false, unique = true, length = 50)
    private String code;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 2000)
    private String description;

    protected Challenge() {}

    public int getNumber() {
        return number;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }
}
