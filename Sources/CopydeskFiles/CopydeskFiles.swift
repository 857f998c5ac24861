// CopydeskFiles
