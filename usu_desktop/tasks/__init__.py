"""Background work for the UI, QtCore only (never QtWidgets).

  runner     TaskRunner / SyncTaskRunner: run a plain function on a pool thread with
             progress, cooperative cancel and results delivered on the GUI thread
  scheduler  Scheduler: periodic jobs (bank sync) that skip busy ticks and back off
             exponentially after errors
  gc         GuiThreadCollector: Python's cyclic GC only on the GUI thread (QObjects die there)

Workers are plain functions `fn(state, *args)` that never touch Qt objects; they open
their own database sessions and return plain data or ids, never ORM objects.
"""
