-- A ClientVault database at schema version 1, as the first release wrote it (its own DDL).
-- tests/core/test_db.py checks that migration step 1 (clientvault/core/catalog/migrations.py)
-- builds the same schema as SQLite sees it: tables, columns, indexes, keys. The files of these
-- documents are written by the test: their contents are in test_db.py, their sha256 here.

CREATE TABLE company (
        id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(255) NOT NULL, name_key VARCHAR(255) NOT NULL,
        nit VARCHAR(255), dv INTEGER, email VARCHAR(255), phone VARCHAR(255),
        notes TEXT NOT NULL DEFAULT '', created DATETIME NOT NULL);
CREATE UNIQUE INDEX company_name_key ON company (name_key);
CREATE TABLE document (
        id INTEGER NOT NULL PRIMARY KEY,
        company_id INTEGER NOT NULL REFERENCES company (id) ON DELETE RESTRICT,
        title VARCHAR(255) NOT NULL, original_filename VARCHAR(255) NOT NULL,
        filename VARCHAR(255) NOT NULL, name_key VARCHAR(255) NOT NULL,
        mime_type VARCHAR(255) NOT NULL, size BIGINT NOT NULL, checksum VARCHAR(64) NOT NULL,
        added DATETIME NOT NULL, created DATE, modified DATETIME NOT NULL,
        deleted_at DATETIME, trash_name VARCHAR(255));
CREATE INDEX document_company_id ON document (company_id);
CREATE INDEX document_company_checksum ON document (company_id, checksum);
CREATE UNIQUE INDEX document_live_name ON document (company_id, name_key) WHERE deleted_at IS NULL;

INSERT INTO company (id, name, name_key, nit, dv, email, phone, notes, created) VALUES
    (1, 'Comercializadora Andina S.A.S.', 'comercializadora andina s.a.s.', '800191045', 1, 'conta@andina.example', '+57 601 555 0101', 'Cliente desde 2019', '2023-01-15 14:00:00.000000'),
    (2, 'Pérez Gómez María', 'pérez gómez maría', '41261533', 2, NULL, NULL, '', '2023-02-01 09:30:00');
INSERT INTO document (id, company_id, title, original_filename, filename, name_key, mime_type, size, checksum, added, created, modified, deleted_at, trash_name) VALUES
    (1, 1, 'RUT', 'RUT.pdf', 'RUT.pdf', 'rut.pdf', 'application/pdf', 48, 'd317c1475085755bcf540bbf9d396628b6a283c9a5e399d85d9386ac9e9c1cee', '2023-01-15 14:05:00.123456', '2022-12-01', '2023-01-15 14:05:00.123456', NULL, NULL),
    (2, 1, 'Extracto diciembre', 'extracto dic.csv', 'Extracto diciembre.csv', 'extracto diciembre.csv', 'text/csv', 31, 'a7a758ef6bc77dbd4fac00eceb8bb785de37259dfb950f903f204a54dd754aaa', '2023-01-16 10:00:00', NULL, '2023-01-20 08:00:00', NULL, NULL),
    (3, 2, 'Acta', 'Acta.pdf', 'Acta.pdf', 'acta.pdf', 'application/pdf', 33, '5994a0e19682f2b30f8baef9234f3a04a326ae6e0e80194b81b15856ff8e3e37', '2023-02-02 11:00:00', NULL, '2023-02-02 11:00:00', '2023-03-01 12:00:00', '3-Acta.pdf');

PRAGMA user_version=1;
