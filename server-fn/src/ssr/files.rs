//! Where uploaded files (photos, documents) are kept, chosen by
//! `LINLI_UPLOAD_STORE`: a folder (the default; for several servers, one
//! they all mount) or the database (table `files`), which every server on
//! it reaches with nothing else shared. Names are relative paths
//! ("abc.jpg", "documents/def.pdf") and never come from what a person typed.
use std::io;
use std::path::PathBuf;

use sqlx::AnyPool;

#[derive(Clone, Debug)]
pub enum Files {
    Folder(PathBuf),
    Database(AnyPool),
}

fn store_error(e: sqlx::Error) -> io::Error {
    io::Error::other(e.to_string())
}

impl Files {
    /// Keeps `bytes` under `name`, replacing what was there.
    pub async fn put(&self, name: &str, bytes: &[u8]) -> io::Result<()> {
        match self {
            Files::Folder(dir) => {
                let path = dir.join(name);
                if let Some(parent) = path.parent() {
                    tokio::fs::create_dir_all(parent).await?;
                }
                tokio::fs::write(path, bytes).await
            }
            Files::Database(pool) => {
                sqlx::query(
                    "INSERT INTO files (name, bytes, size, created_at) VALUES ($1, $2, $3, $4)
                     ON CONFLICT (name) DO UPDATE SET bytes = excluded.bytes, size = excluded.size, created_at = excluded.created_at",
                )
                .bind(name)
                .bind(bytes.to_vec())
                .bind(bytes.len() as i64)
                .bind(super::now())
                .execute(pool)
                .await
                .map_err(store_error)?;
                Ok(())
            }
        }
    }

    /// What is kept under `name`; `NotFound` when nothing is.
    pub async fn get(&self, name: &str) -> io::Result<Vec<u8>> {
        match self {
            Files::Folder(dir) => tokio::fs::read(dir.join(name)).await,
            Files::Database(pool) => sqlx::query_scalar::<_, Vec<u8>>("SELECT bytes FROM files WHERE name = $1")
                .bind(name)
                .fetch_optional(pool)
                .await
                .map_err(store_error)?
                .ok_or_else(|| io::Error::from(io::ErrorKind::NotFound)),
        }
    }

    /// Removes `name`; `NotFound` when nothing was kept under it.
    pub async fn remove(&self, name: &str) -> io::Result<()> {
        match self {
            Files::Folder(dir) => tokio::fs::remove_file(dir.join(name)).await,
            Files::Database(pool) => {
                let gone = sqlx::query("DELETE FROM files WHERE name = $1").bind(name).execute(pool).await.map_err(store_error)?;
                if gone.rows_affected() == 0 {
                    return Err(io::ErrorKind::NotFound.into());
                }
                Ok(())
            }
        }
    }

    /// Whether something is kept under `name`.
    pub async fn exists(&self, name: &str) -> bool {
        match self {
            Files::Folder(dir) => tokio::fs::try_exists(dir.join(name)).await.unwrap_or(false),
            Files::Database(pool) => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM files WHERE name = $1")
                .bind(name)
                .fetch_one(pool)
                .await
                .is_ok_and(|n| n > 0),
        }
    }
}
