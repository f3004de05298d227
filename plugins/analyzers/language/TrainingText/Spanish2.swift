extension TrainingText {
    /// Second Spanish batch: banking, technology, shopping and short social posts.
    static let spanish2 = #"""
    ¿Por qué aparece en mi extracto un movimiento pendiente que no reconozco para nada?
    El tipo de cambio que aplicaron a mi transferencia es mucho peor que el que sale en la aplicación.
    Recargué la cuenta con mi tarjeta de débito, pero el saldo sigue marcando cero.
    Alguien hizo tres pagos sin mi permiso mientras dormía, por favor bloqueen la tarjeta ya.
    ¿Cuánto suele tardar en llegar una transferencia enviada desde el extranjero?
    El recibo del gimnasio me lo han cargado dos veces y quiero que me devuelvan el segundo.
    Se me olvidó el PIN y el cajero se tragó la tarjeta al tercer intento.
    ¿Hay alguna comisión por sacar dinero en otra moneda, o está incluido en mi plan?
    El código de verificación nunca me llega por SMS, así que no puedo confirmar el pago.
    jajaja el móvil me ha vuelto a corregir mi propio nombre, este teclado no tiene remedio
    madre mía el capítulo de anoche, grité con el final
    la cola de la tienda no mereció la pena, no quedaba nada de nada
    que llegue ya el finde, sin despertador ni correos, solo dormir y pizza
    llevo una hora en un atasco y se me han quedado sin batería los cascos, vaya día
    un aplauso para el chico del mostrador que me arregló el pedido sin poner pegas
    ¿a alguien más no le carga el inicio esta mañana o solo me pasa a mí?
    es sin duda la peor actualización que han sacado nunca, que vuelva el diseño de antes
    El portátil nuevo arranca en segundos, el teclado es firme y la pantalla tiene brillo de sobra para trabajar fuera.
    Desde la actualización el router se reinicia cada pocas horas y nos está volviendo locos.
    Nuestro súper ya deja escanear los productos con el móvil mientras compras, y se ahorra mucho tiempo en caja.
    Las rebajas terminan esta noche y la mayoría de las tallas ya están agotadas en la web y en tienda.
    El delantero marcó dos goles en la segunda parte y el equipo local sube al tercer puesto de la clasificación.
    El maratón reunió a más de veinte mil corredores a pesar del frío y del viento.
    Los médicos recomiendan beber mucha agua y dormir lo suficiente durante la época de exámenes.
    La fruta y la verdura han vuelto a subir y muchas familias están comprando menos productos frescos.
    La oposición criticó los presupuestos porque, según dice, apenas ayudan a quienes menos ganan.
    Las negociaciones entre el sindicato y la empresa se rompieron el jueves por la noche.
    Investigadores de la universidad han desarrollado un método más barato para reciclar botellas de plástico.
    Recomiendo muchísimo este sitio a cualquiera que busque un fin de semana tranquilo lejos de la ciudad.
    La descripción del producto engañaba, la tela es finísima y el color no se parece en nada a las fotos.
    Me encanta esta batidora, hace batidos en segundos y se limpia facilísimo.
    Internet va lentísimo todas las noches y el test de velocidad marca una parte mínima de lo que pago.
    ¿Me pueden explicar los cargos de mi último recibo? El total es más alto de lo que acordamos.
    Hola, solo quería saber si recibisteis mi correo sobre los artículos que faltaban en el pedido de ayer.
    """#
}
