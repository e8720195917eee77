-- The daily photo budget per person (Hotline:Photos:MaxBytesPerPersonPerDay) sums one uploader's recent photos.
create index ticket_photos_uploader on ticket_photos (uploaded_by, uploaded_at);
